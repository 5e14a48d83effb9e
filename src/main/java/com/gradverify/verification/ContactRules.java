package com.gradverify.verification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gradverify.shared.MobileNumber;

/** 家庭电话 and the other contact formats. */
final class ContactRules {

	/** +86 or 0086 before the number, optionally in brackets: +86 139…, (+86)730…, 0086-730-… */
	private static final Pattern COUNTRY_CODE = Pattern.compile("^\\(?(\\+86|0086)\\)?-?");

	/** Everything people put between the digits of a phone number: spaces, dashes, brackets, dots. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）.·—–]");

	/** A trailing extension: 0731-88881234-123, 0731-88881234转123. */
	private static final Pattern EXTENSION = Pattern.compile("^(.*?)(?:-|转|#)([0-9]{1,5})$");

	/** A local number: 7 or 8 digits, never starting with 0 or 1. */
	private static final Pattern LOCAL = Pattern.compile("[2-9][0-9]{6,7}");

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private ContactRules() {
	}

	/** A parent's mobile or a landline with its area code, however it is written. */
	static boolean isHomePhone(String value) {
		return normalisedPhone(value) != null;
	}

	/**
	 * The number as it is stored: a mobile as its 11 digits (13907301234), a landline as area code,
	 * dash, number and any extension (0730-8640000, 010-62345678, 0731-88881234-123). {@code +86} and
	 * {@code 0086}, spaces, dashes and brackets are dropped: (0730)8640000, +86 730 8640000 and
	 * 0730 864 0000 are all 0730-8640000. {@code null} when the value is neither.
	 */
	static String normalisedPhone(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		Matcher country = COUNTRY_CODE.matcher(text);
		boolean international = country.find();
		if (international) {
			text = text.substring(country.end());
		}
		String digits = SEPARATORS.matcher(text).replaceAll("");
		if (!digits.matches("[0-9]+")) {
			Matcher extension = EXTENSION.matcher(text);
			return extension.matches() ? withExtension(extension, international) : null;
		}
		if (MobileNumber.isValid(digits)) {
			return digits;
		}
		String landline = landline(digits, international);
		if (landline != null) {
			return landline;
		}
		Matcher extension = EXTENSION.matcher(text);
		return extension.matches() ? withExtension(extension, international) : null;
	}

	private static String withExtension(Matcher extension, boolean international) {
		String digits = SEPARATORS.matcher(extension.group(1)).replaceAll("");
		if (!digits.matches("[0-9]+")) {
			return null;
		}
		String landline = landline(digits, international);
		return landline == null ? null : landline + "-" + extension.group(2);
	}

	/** Area code (010 and 02x have three digits, all others four) and a local number of 7 or 8 digits. */
	private static String landline(String digits, boolean international) {
		// written internationally the area code loses its 0: +86 730 8640000
		String full = international && !digits.startsWith("0") ? "0" + digits : digits;
		if (full.length() < 10 || !full.startsWith("0") || full.charAt(1) == '0') {
			return null;
		}
		int areaLength = full.startsWith("010") || full.startsWith("02") ? 3 : 4;
		String local = full.substring(areaLength);
		if (!LOCAL.matcher(local).matches() || (areaLength == 3 && local.length() != 8)) {
			return null;
		}
		return full.substring(0, areaLength) + "-" + local;
	}

	/** The home phone must reach someone other than the student: compared once both are normalised. */
	static boolean sameNumber(String homePhone, String mobile) {
		if (homePhone == null || mobile == null) {
			return false;
		}
		String home = normalisedPhone(homePhone);
		String own = normalisedPhone(mobile);
		return home != null && home.equals(own);
	}

	static boolean isPostcode(String value) {
		return POSTCODE.matcher(value).matches();
	}

	static boolean isEmail(String value) {
		return value.length() <= 100 && EMAIL.matcher(value).matches();
	}
}
