package com.gradverify.shared;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 division code of 2 (省), 4 (地), 6 (县) or 9 (乡) digits. Only the shape is checked
 * here; whether the division exists is the reference module's question.
 */
public record DivisionCode(String value) {

	private static final Pattern SHAPE = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}");

	public DivisionCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("division.required");
		}
		value = HalfWidth.normalize(value);
		if (!SHAPE.matcher(value).matches()) {
			throw new InvalidValueException("division.format");
		}
	}

	public static DivisionCode of(String text) {
		return new DivisionCode(text);
	}

	public String provinceCode() {
		return value.substring(0, 2);
	}

	/** 1 省, 2 地, 3 县, 4 乡. */
	public int level() {
		return switch (value.length()) {
			case 2 -> 1;
			case 4 -> 2;
			case 6 -> 3;
			default -> 4;
		};
	}

	@Override
	public String toString() {
		return value;
	}
}
