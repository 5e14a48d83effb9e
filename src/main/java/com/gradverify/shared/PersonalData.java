package com.gradverify.shared;

/** Masking of sensitive personal information (身份证号, 手机号) for lists and logs. */
public final class PersonalData {

	private PersonalData() {
	}

	/** Keeps the first four and the last four characters: 4306**********123X. */
	public static String maskIdCard(String idCard) {
		return mask(idCard, 4, 4);
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
