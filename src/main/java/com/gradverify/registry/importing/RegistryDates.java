package com.gradverify.registry.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date spellings registries use: {@code yyyy-MM-dd}, {@code yyyy/MM/dd}, {@code yyyyMMdd}
 * (also with single-digit month or day when separated), and for 入学/毕业时间 also the month
 * alone ({@code yyyy-MM}, {@code yyyy/MM}, {@code yyyyMM}), stored as its first day.
 */
final class RegistryDates {

	private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");

	private RegistryDates() {
	}

	/** The date, or {@code null} when the text is not a real date in an accepted spelling. */
	static LocalDate parse(String text, boolean monthAllowed) {
		if (isIsoDate(text)) {
			// the spelling of nearly every value: read without a regular expression, since an import reads millions
			try {
				return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		Matcher m = SEPARATED.matcher(text);
		if (!m.matches()) {
			m = COMPACT.matcher(text);
			if (!m.matches()) {
				return null;
			}
		}
		if (m.group(3) == null && !monthAllowed) {
			return null;
		}
		try {
			int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
			return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean isIsoDate(String text) {
		if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			char c = text.charAt(i);
			if (i != 4 && i != 7 && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}

	private static int number(String digits, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + digits.charAt(i) - '0';
		}
		return value;
	}
}
