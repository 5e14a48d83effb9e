package com.gradverify.verification;

import java.util.regex.Pattern;

import com.gradverify.shared.MobileNumber;

/** 家庭电话 and the other contact formats. */
final class ContactRules {

	/** A landline with its area code: 0730-8640000, 010-12345678, 07308640000. */
	private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,5})?");

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private ContactRules() {
	}

	/** A parent's mobile or a landline. */
	static boolean isHomePhone(String value) {
		return MobileNumber.isValid(value) || LANDLINE.matcher(value).matches();
	}

	/** The home phone must reach someone other than the student. */
	static boolean sameNumber(String homePhone, String mobile) {
		return homePhone != null && mobile != null && digits(homePhone).equals(digits(mobile));
	}

	static boolean isPostcode(String value) {
		return POSTCODE.matcher(value).matches();
	}

	static boolean isEmail(String value) {
		return value.length() <= 100 && EMAIL.matcher(value).matches();
	}

	private static String digits(String value) {
		return value.replaceAll("[^0-9]", "");
	}
}
