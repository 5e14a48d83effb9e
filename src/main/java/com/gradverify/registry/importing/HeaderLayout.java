package com.gradverify.registry.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.gradverify.shared.HalfWidth;

/** Where each known column sits in a file; unknown columns are ignored, order is free. */
final class HeaderLayout {

	private final int[] index = new int[RegistryColumn.values().length];

	private HeaderLayout(List<String> header) {
		Arrays.fill(index, -1);
		for (int i = 0; i < header.size(); i++) {
			int position = i;
			RegistryColumn.byHeader(header.get(i)).ifPresent(column -> {
				if (index[column.ordinal()] < 0) {
					index[column.ordinal()] = position;
				}
			});
		}
	}

	/** The layout of {@code header}, refused when a required column is missing. */
	static HeaderLayout of(List<String> header) {
		HeaderLayout layout = new HeaderLayout(header);
		List<String> missing = new ArrayList<>();
		for (RegistryColumn column : RegistryColumn.values()) {
			if (column.required() && !layout.has(column)) {
				missing.add(column.header());
			}
		}
		if (!missing.isEmpty()) {
			throw new RegistryFileException("registry.file.missingHeaders", List.of(String.join("、", missing)));
		}
		return layout;
	}

	boolean has(RegistryColumn column) {
		return index[column.ordinal()] >= 0;
	}

	/** The trimmed text of {@code column} in {@code cells}; {@code null} when blank or absent. */
	String text(List<String> cells, RegistryColumn column) {
		String value = raw(cells, column);
		return value.isEmpty() ? null : value;
	}

	/**
	 * A code, number or date: trimmed and in half-width form (users paste full-width digits);
	 * {@code null} when blank or absent. Names keep their full-width punctuation.
	 */
	String code(List<String> cells, RegistryColumn column) {
		String raw = raw(cells, column);
		String value = hasFullWidth(raw) ? HalfWidth.normalize(raw) : raw;
		return value.isEmpty() ? null : value;
	}

	private static boolean hasFullWidth(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '\u3000') {
				return true;
			}
		}
		return false;
	}

	/** The cell as the user wrote it, for the error report. */
	String raw(List<String> cells, RegistryColumn column) {
		int i = index[column.ordinal()];
		return i < 0 || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).strip();
	}
}
