package com.gradverify.verification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import com.gradverify.reference.CodeTable;
import com.gradverify.registry.RegistryEntry;

/**
 * The eleven key fields whose value the province checks against its registry. Each knows where
 * its value lives in the form and in the registry record, and how to compare them.
 */
public enum KeyField {

	NAME("name", VerificationForm::getName, RegistryEntry::name, null),
	GENDER("genderCode", VerificationForm::getGenderCode, RegistryEntry::genderCode, CodeTable.GENDER),
	ETHNICITY("ethnicCode", VerificationForm::getEthnicCode, RegistryEntry::ethnicCode, CodeTable.ETHNICITY),
	ORIGIN_PLACE("originPlaceCode", VerificationForm::getOriginPlaceCode, RegistryEntry::originPlaceCode, null),
	EXAMINEE_NO("examineeNo", VerificationForm::getExamineeNo, RegistryEntry::examineeNo, null),
	MAJOR_CODE("majorCode", VerificationForm::getMajorCode, RegistryEntry::majorCode, null),
	// the national layout records the graduation month; the day is noise
	GRADUATION_DATE("graduationDate", f -> month(f.getGraduationDate()), r -> month(r.graduationDate()), null),
	EDUCATION_LEVEL("educationCode", VerificationForm::getEducationCode, RegistryEntry::educationCode,
			CodeTable.EDUCATION_LEVEL),
	SCHOOLING_LENGTH("schoolingLength", f -> years(f.getSchoolingLength()), r -> years(r.schoolingLength()), null),
	TRAINING_MODE("trainingModeCode", VerificationForm::getTrainingModeCode, RegistryEntry::trainingModeCode,
			CodeTable.TRAINING_MODE),
	SPONSOR_UNIT("sponsorUnit", VerificationForm::getSponsorUnit, RegistryEntry::sponsorUnit, null);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private final String property;

	private final Function<VerificationForm, String> formValue;

	private final Function<RegistryEntry, String> registryValue;

	private final CodeTable codeTable;

	KeyField(String property, Function<VerificationForm, String> formValue,
			Function<RegistryEntry, String> registryValue, CodeTable codeTable) {
		this.property = property;
		this.formValue = formValue;
		this.registryValue = registryValue;
		this.codeTable = codeTable;
	}

	/** The form property (and API field) this key field is. */
	public String property() {
		return property;
	}

	/** The code table whose names explain the values, or {@code null} for free values. */
	public CodeTable codeTable() {
		return codeTable;
	}

	String valueIn(VerificationForm form) {
		return comparable(formValue.apply(form));
	}

	String valueIn(RegistryEntry entry) {
		return comparable(registryValue.apply(entry));
	}

	private static String comparable(String value) {
		String cleaned = Text.clean(value);
		return cleaned == null ? null : cleaned.replace(" ", "");
	}

	private static String month(LocalDate date) {
		return date == null ? null : MONTH.format(date);
	}

	private static String years(BigDecimal years) {
		return years == null ? null : years.stripTrailingZeros().toPlainString();
	}
}
