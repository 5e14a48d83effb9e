package com.gradverify.verification;

import java.util.Optional;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.CorrectableField;
import com.gradverify.registry.RegistryEntry;

/**
 * The eleven key fields whose value the province checks against its registry: which of the form's
 * fields ({@link FormFields}) each is, how its values are compared and which registry field a change
 * request for it corrects.
 */
public enum KeyField {

	NAME(FormFields.NAME, Match.TEXT, CorrectableField.NAME),
	GENDER(FormFields.GENDER_CODE, Match.TEXT, CorrectableField.GENDER_CODE),
	ETHNICITY(FormFields.ETHNIC_CODE, Match.TEXT, CorrectableField.ETHNIC_CODE),
	ORIGIN_PLACE(FormFields.ORIGIN_PLACE_CODE, Match.TEXT, CorrectableField.ORIGIN_PLACE_CODE),
	EXAMINEE_NO(FormFields.EXAMINEE_NO, Match.TEXT, CorrectableField.EXAMINEE_NO),
	MAJOR_CODE(FormFields.MAJOR_CODE, Match.TEXT, CorrectableField.MAJOR_CODE),
	GRADUATION_DATE(FormFields.GRADUATION_DATE, Match.MONTH, CorrectableField.GRADUATION_DATE),
	EDUCATION_LEVEL(FormFields.EDUCATION_CODE, Match.TEXT, CorrectableField.EDUCATION_CODE),
	SCHOOLING_LENGTH(FormFields.SCHOOLING_LENGTH, Match.TEXT, CorrectableField.SCHOOLING_LENGTH),
	TRAINING_MODE(FormFields.TRAINING_MODE_CODE, Match.TEXT, CorrectableField.TRAINING_MODE_CODE),
	SPONSOR_UNIT(FormFields.SPONSOR_UNIT, Match.TEXT, CorrectableField.SPONSOR_UNIT);

	private final FormFields field;

	private final Match match;

	private final CorrectableField registryField;

	KeyField(FormFields field, Match match, CorrectableField registryField) {
		this.field = field;
		this.match = match;
		this.registryField = registryField;
	}

	/** The form's field this key field is. */
	public FormFields formField() {
		return field;
	}

	/** The form property (and API field) this key field is. */
	public String property() {
		return field.property();
	}

	/** The code table whose names explain the values, or {@code null} for free values. */
	public CodeTable codeTable() {
		return field.codeTable();
	}

	/**
	 * The name of a value of this field as the code tables and the division lists give it (汉族 for
	 * 民族 01, 湖南省岳阳县 for 生源地 430621, a historical division as it was named), empty for values
	 * that are not codes or that no table names.
	 */
	public Optional<String> nameOf(String value, ReferenceData reference) {
		return field.nameOf(value, reference);
	}

	/** The registry field a change request for this key field corrects. */
	public CorrectableField registryField() {
		return registryField;
	}

	/** The form's value in the national format (codes, yyyy-MM-dd, 4.5), or {@code null}. */
	public String textIn(VerificationForm form) {
		return Text.clean(field.valueIn(form));
	}

	/** The registry's value in the national format, or {@code null}. */
	public String textIn(RegistryEntry entry) {
		return Text.clean(field.valueIn(entry));
	}

	String valueIn(VerificationForm form) {
		return match.comparable(textIn(form));
	}

	String valueIn(RegistryEntry entry) {
		return match.comparable(textIn(entry));
	}

	/** How two values are compared once normalised. */
	private enum Match {

		TEXT,
		// the national layout records the graduation month; the day is noise
		MONTH;

		String comparable(String text) {
			if (text == null) {
				return null;
			}
			String compact = text.replace(" ", "");
			return this == MONTH && compact.length() >= 7 ? compact.substring(0, 7) : compact;
		}
	}
}
