package com.gradverify.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.CorrectableField;
import com.gradverify.registry.RegistryEntry;

/**
 * The eleven key fields whose value the province checks against its registry. Each knows where
 * its value lives in the form and in the registry record, and how to compare them.
 */
public enum KeyField {

	NAME("name", VerificationForm::getName, RegistryEntry::name, Match.TEXT, null, CorrectableField.NAME),
	GENDER("genderCode", VerificationForm::getGenderCode, RegistryEntry::genderCode, Match.TEXT, CodeTable.GENDER,
			CorrectableField.GENDER_CODE),
	ETHNICITY("ethnicCode", VerificationForm::getEthnicCode, RegistryEntry::ethnicCode, Match.TEXT,
			CodeTable.ETHNICITY, CorrectableField.ETHNIC_CODE),
	ORIGIN_PLACE("originPlaceCode", VerificationForm::getOriginPlaceCode, RegistryEntry::originPlaceCode, Match.TEXT,
			null, CorrectableField.ORIGIN_PLACE_CODE),
	EXAMINEE_NO("examineeNo", VerificationForm::getExamineeNo, RegistryEntry::examineeNo, Match.TEXT, null,
			CorrectableField.EXAMINEE_NO),
	MAJOR_CODE("majorCode", VerificationForm::getMajorCode, RegistryEntry::majorCode, Match.TEXT, null,
			CorrectableField.MAJOR_CODE),
	GRADUATION_DATE("graduationDate", f -> date(f.getGraduationDate()), r -> date(r.graduationDate()), Match.MONTH,
			null, CorrectableField.GRADUATION_DATE),
	EDUCATION_LEVEL("educationCode", VerificationForm::getEducationCode, RegistryEntry::educationCode, Match.TEXT,
			CodeTable.EDUCATION_LEVEL, CorrectableField.EDUCATION_CODE),
	SCHOOLING_LENGTH("schoolingLength", f -> years(f.getSchoolingLength()), r -> years(r.schoolingLength()),
			Match.TEXT, null, CorrectableField.SCHOOLING_LENGTH),
	TRAINING_MODE("trainingModeCode", VerificationForm::getTrainingModeCode, RegistryEntry::trainingModeCode,
			Match.TEXT, CodeTable.TRAINING_MODE, CorrectableField.TRAINING_MODE_CODE),
	SPONSOR_UNIT("sponsorUnit", VerificationForm::getSponsorUnit, RegistryEntry::sponsorUnit, Match.TEXT, null,
			CorrectableField.SPONSOR_UNIT);

	private final String property;

	private final Function<VerificationForm, String> formText;

	private final Function<RegistryEntry, String> registryText;

	private final Match match;

	private final CodeTable codeTable;

	private final CorrectableField registryField;

	KeyField(String property, Function<VerificationForm, String> formText, Function<RegistryEntry, String> registryText,
			Match match, CodeTable codeTable, CorrectableField registryField) {
		this.property = property;
		this.formText = formText;
		this.registryText = registryText;
		this.match = match;
		this.codeTable = codeTable;
		this.registryField = registryField;
	}

	/** The form property (and API field) this key field is. */
	public String property() {
		return property;
	}

	/** The code table whose names explain the values, or {@code null} for free values. */
	public CodeTable codeTable() {
		return codeTable;
	}

	/**
	 * The name of a value of this field as the code tables and the division lists give it (汉族 for
	 * 民族 01, 湖南省岳阳县 for 生源地 430621, a historical division as it was named), empty for values
	 * that are not codes or that no table names.
	 */
	public Optional<String> nameOf(String value, ReferenceData reference) {
		if (value == null) {
			return Optional.empty();
		}
		if (codeTable != null) {
			return reference.codeName(codeTable, value);
		}
		return this == ORIGIN_PLACE ? reference.originPlaceName(value) : Optional.empty();
	}

	/** The registry field a change request for this key field corrects. */
	public CorrectableField registryField() {
		return registryField;
	}

	/** The form's value in the national format (codes, yyyy-MM-dd, 4.5), or {@code null}. */
	public String textIn(VerificationForm form) {
		return Text.clean(formText.apply(form));
	}

	/** The registry's value in the national format, or {@code null}. */
	public String textIn(RegistryEntry entry) {
		return Text.clean(registryText.apply(entry));
	}

	String valueIn(VerificationForm form) {
		return match.comparable(textIn(form));
	}

	String valueIn(RegistryEntry entry) {
		return match.comparable(textIn(entry));
	}

	private static String date(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private static String years(BigDecimal years) {
		return years == null ? null : years.stripTrailingZeros().toPlainString();
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
