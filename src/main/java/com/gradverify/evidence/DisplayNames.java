package com.gradverify.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Generated display names: a stem kept from the client's name when it has usable letters (so
 * 户籍证明.jpeg stays recognisable), the upload date, a short hash and the real extension. Paths,
 * separators, control characters and the client's extension are dropped; the stem is capped.
 */
final class DisplayNames {

	private static final int MAX_STEM = 40;

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private DisplayNames() {
	}

	static String of(String originalName, String fallbackStem, ContentKind kind, String sha256, LocalDate day) {
		String stem = stem(originalName);
		return (stem.isEmpty() ? fallbackStem : stem) + "-" + DAY.format(day) + "-" + sha256.substring(0, 6) + "."
				+ kind.extension();
	}

	static String stem(String originalName) {
		if (originalName == null) {
			return "";
		}
		String base = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
		int dot = base.lastIndexOf('.');
		if (dot >= 0) {
			base = base.substring(0, dot);
		}
		StringBuilder stem = new StringBuilder();
		base.codePoints()
			.filter(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')
			.limit(MAX_STEM)
			.forEach(stem::appendCodePoint);
		return stem.toString();
	}
}
