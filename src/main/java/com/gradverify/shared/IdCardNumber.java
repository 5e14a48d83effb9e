package com.gradverify.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A resident identity card number (居民身份证号码, GB 11643): 6-digit region, 8-digit date of
 * birth, 3-digit sequence (odd for men) and a MOD 11-2 check character. Accepts full-width
 * characters and a lower-case {@code x}; always holds the upper-case half-width form.
 */
public record IdCardNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	public IdCardNumber {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("idCard.required");
		}
		// people type it in groups ("4306 0220 …"); the spaces are not part of the number
		value = WHITESPACE.matcher(HalfWidth.normalize(value)).replaceAll("").toUpperCase();
		if (value.length() != 18) {
			throw new InvalidValueException("idCard.length");
		}
		if (!SHAPE.matcher(value).matches()) {
			throw new InvalidValueException("idCard.characters");
		}
		LocalDate birth = parseBirthDate(value);
		if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
			throw new InvalidValueException("idCard.birthDate");
		}
		if (value.charAt(17) != checkCharacter(value)) {
			throw new InvalidValueException("idCard.checkDigit");
		}
	}

	public static IdCardNumber of(String text) {
		return new IdCardNumber(text);
	}

	/** Whether {@code text} is a valid number, in any accepted spelling. */
	public static boolean isValid(String text) {
		try {
			new IdCardNumber(text);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

	/** The MOD 11-2 check character for the first 17 digits of {@code digits}. */
	public static char checkCharacter(String digits) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public LocalDate birthDate() {
		return parseBirthDate(value);
	}

	/** GB/T 2261 gender code: "1" 男 for an odd sequence digit, "2" 女 for an even one. */
	public String genderCode() {
		return (value.charAt(16) - '0') % 2 == 1 ? "1" : "2";
	}

	/** The last six characters: the students' initial password. */
	public String lastSix() {
		return value.substring(12);
	}

	/** 430621************: the region only, never a character of the default password. */
	public String masked() {
		return PersonalData.maskIdCard(value);
	}

	@Override
	public String toString() {
		return masked();
	}

	private static LocalDate parseBirthDate(String value) {
		try {
			return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
					Integer.parseInt(value.substring(12, 14)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}
}
