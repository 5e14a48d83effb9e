package com.gradverify.shared;

/** Masking of sensitive personal information (身份证号, 手机号) for lists and logs. */
public final class PersonalData {

	private PersonalData() {
	}

	/** Characters of a 身份证号 a mask keeps: the region code, which is no secret. */
	private static final int ID_CARD_REGION = 6;

	/** The students' default password: the last six characters of the 身份证号. */
	private static final int ID_CARD_SECRET = 6;

	/**
	 * Keeps only the region code, the first six characters: 430602************. The last six are
	 * the students' default password, so no mask may show any of them; a value too short for its
	 * first six to stay clear of its last six (not a valid number, as written in an import) is
	 * masked completely.
	 */
	public static String maskIdCard(String idCard) {
		if (idCard == null || idCard.length() < ID_CARD_REGION + ID_CARD_SECRET) {
			return mask(idCard, 0, 0);
		}
		return mask(idCard, ID_CARD_REGION, 0);
	}

	/** Keeps the first three and the last four digits: 138****1234. */
	public static String maskMobile(String mobile) {
		return mask(mobile, 3, 4);
	}

	/**
	 * Masks every 身份证号 and mobile number inside free text, such as a database error's
	 * "Failing row contains (…)" detail, before it is logged.
	 */
	public static String redact(String text) {
		if (text == null) {
			return null;
		}
		String idCardsMasked = ID_CARD_IN_TEXT.matcher(text).replaceAll(m -> maskIdCard(m.group()));
		return MOBILE_IN_TEXT.matcher(idCardsMasked).replaceAll(m -> maskMobile(m.group()));
	}

	private static final java.util.regex.Pattern ID_CARD_IN_TEXT = java.util.regex.Pattern
		.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

	private static final java.util.regex.Pattern MOBILE_IN_TEXT = java.util.regex.Pattern
		.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

	private static String mask(String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}
}
