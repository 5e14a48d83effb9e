package com.gradverify.agreement;

import com.gradverify.shared.HalfWidth;
import com.gradverify.shared.InvalidValueException;

/**
 * A 统一社会信用代码 (GB 32100): 18 characters from 0-9 and the capitals without I, O, Z, S and V;
 * the last is a check character over the first 17 with weights 3^i mod 31. Lower case, full-width
 * characters and spaces are tolerated and normalised away.
 */
public record UnifiedSocialCreditCode(String value) {

	private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int LENGTH = 18;

	public UnifiedSocialCreditCode {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("creditCode.required");
		}
		value = HalfWidth.normalize(value).replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
		if (value.length() != LENGTH) {
			throw new InvalidValueException("creditCode.length");
		}
		for (int i = 0; i < LENGTH; i++) {
			if (CHARSET.indexOf(value.charAt(i)) < 0) {
				throw new InvalidValueException("creditCode.charset");
			}
		}
		if (value.charAt(LENGTH - 1) != checkCharacter(value)) {
			throw new InvalidValueException("creditCode.check");
		}
	}

	public static UnifiedSocialCreditCode of(String text) {
		return new UnifiedSocialCreditCode(text);
	}

	/** The check character the first 17 characters call for. */
	static char checkCharacter(String code) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < LENGTH - 1; i++) {
			sum += CHARSET.indexOf(code.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		int check = 31 - sum % 31;
		return CHARSET.charAt(check == 31 ? 0 : check);
	}

	@Override
	public String toString() {
		return value;
	}
}
