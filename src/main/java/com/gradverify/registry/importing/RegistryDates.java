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
}
