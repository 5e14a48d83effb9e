package com.gradverify.shared;

import java.util.regex.Pattern;

/** A mainland mobile number: 11 digits starting 13–19. Full-width digits, spaces and dashes are tolerated. */
public record MobileNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("1[3-9][0-9]{9}");

	public MobileNumber {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("mobile.required");
		}
		value = HalfWidth.normalize(value).replaceAll("[\\s-]", "");
		value = value.replaceFirst("^(\\+86|0086)(?=1[0-9]{10}$)", "");
		if (!SHAPE.matcher(value).matches()) {
			throw new InvalidValueException("mobile.format");
		}
	}

	public static MobileNumber of(String text) {
		return new MobileNumber(text);
	}

	public static boolean isValid(String text) {
		try {
			new MobileNumber(text);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}

	public String masked() {
		return PersonalData.maskMobile(value);
	}

	@Override
	public String toString() {
		return masked();
	}
}
