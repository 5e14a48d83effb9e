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
