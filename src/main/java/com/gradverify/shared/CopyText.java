package com.gradverify.shared;

/**
 * Values in PostgreSQL's COPY text format, the cheapest way to hand the database many rows: each
 * row one line, columns separated by tabs, {@code \N} for null, backslash escapes for the
 * characters that would break a line apart.
 */
public final class CopyText {

	private CopyText() {
	}

	/** Appends {@code value} as one column (null as {@code \N}), escaped as COPY text requires. */
	public static void append(StringBuilder line, Object value) {
		if (value == null) {
			line.append("\\N");
			return;
		}
		String s = value.toString();
		if (!needsEscape(s)) {
			line.append(s);
			return;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
	}

	private static boolean needsEscape(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
				return true;
			}
		}
		return false;
	}
}
