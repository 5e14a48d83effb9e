package com.gradverify.shared;

import java.util.regex.Pattern;

/** A gaokao examinee number (考生号): 14 digits. */
public record ExamineeNo(String value) {

	private static final Pattern SHAPE = Pattern.compile("[0-9]{14}");

	public ExamineeNo {
		if (value == null || value.isBlank()) {
			throw new InvalidValueException("examineeNo.required");
		}
		value = HalfWidth.normalize(value);
		if (!SHAPE.matcher(value).matches()) {
			throw new InvalidValueException("examineeNo.format");
		}
	}

	public static ExamineeNo of(String text) {
		return new ExamineeNo(text);
	}

	public static boolean isValid(String text) {
		try {
			new ExamineeNo(text);
			return true;
		}
		catch (InvalidValueException ex) {
			return false;
		}
	}
}
