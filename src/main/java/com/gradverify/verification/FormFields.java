package com.gradverify.verification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.gradverify.reference.CodeTable;
import com.gradverify.registry.RegistryEntry;

/**
 * Every field of the form with its section, in the order the form shows them, and where the
 * registry holds the same value (null where it holds none), so reviewers see both side by side.
 */
record FormFields(String section, String property, Function<VerificationForm, Object> formValue,
		Function<RegistryEntry, Object> registryValue, CodeTable codeTable) {

	static final List<FormFields> ALL = List.of(
			new FormFields("identity", "name", VerificationForm::getName, RegistryEntry::name, null),
			new FormFields("identity", "genderCode", VerificationForm::getGenderCode, RegistryEntry::genderCode,
					CodeTable.GENDER),
			new FormFields("identity", "ethnicCode", VerificationForm::getEthnicCode, RegistryEntry::ethnicCode,
					CodeTable.ETHNICITY),
			new FormFields("identity", "idCard", VerificationForm::getIdCard, RegistryEntry::idCard, null),
			new FormFields("identity", "birthDate", VerificationForm::getBirthDate, RegistryEntry::birthDate, null),
			new FormFields("identity", "politicalCode", VerificationForm::getPoliticalCode,
					RegistryEntry::politicalCode, CodeTable.POLITICAL_STATUS),
			new FormFields("enrolment", "examineeNo", VerificationForm::getExamineeNo, RegistryEntry::examineeNo, null),
			new FormFields("enrolment", "studentNo", VerificationForm::getStudentNo, RegistryEntry::studentNo, null),
			new FormFields("enrolment", "collegeName", VerificationForm::getCollegeName, RegistryEntry::collegeName,
					null),
			new FormFields("enrolment", "className", VerificationForm::getClassName, RegistryEntry::className, null),
			new FormFields("enrolment", "majorCode", VerificationForm::getMajorCode, RegistryEntry::majorCode, null),
			new FormFields("enrolment", "majorName", VerificationForm::getMajorName, RegistryEntry::majorName, null),
			new FormFields("enrolment", "educationCode", VerificationForm::getEducationCode,
					RegistryEntry::educationCode, CodeTable.EDUCATION_LEVEL),
			new FormFields("enrolment", "schoolingLength", VerificationForm::getSchoolingLength,
					RegistryEntry::schoolingLength, null),
			new FormFields("enrolment", "trainingModeCode", VerificationForm::getTrainingModeCode,
					RegistryEntry::trainingModeCode, CodeTable.TRAINING_MODE),
			new FormFields("enrolment", "sponsorUnit", VerificationForm::getSponsorUnit, RegistryEntry::sponsorUnit,
					null),
			new FormFields("enrolment", "enrolmentDate", VerificationForm::getEnrolmentDate,
					RegistryEntry::enrolmentDate, null),
			new FormFields("enrolment", "graduationDate", VerificationForm::getGraduationDate,
					RegistryEntry::graduationDate, null),
			new FormFields("enrolment", "originPlaceCode", VerificationForm::getOriginPlaceCode,
					RegistryEntry::originPlaceCode, null),
			new FormFields("enrolment", "urbanRuralCode", VerificationForm::getUrbanRuralCode,
					RegistryEntry::urbanRuralCode, CodeTable.URBAN_RURAL),
			new FormFields("enrolment", "normalStudentCode", VerificationForm::getNormalStudentCode,
					RegistryEntry::normalStudentCode, CodeTable.NORMAL_STUDENT),
			new FormFields("enrolment", "difficultyCode", VerificationForm::getDifficultyCode,
					RegistryEntry::difficultyCode, CodeTable.DIFFICULTY),
			new FormFields("archive", "archiveUnit", VerificationForm::getArchiveUnit, null, null),
			new FormFields("archive", "policeStation", VerificationForm::getPoliceStation, null, null),
			new FormFields("archive", "hukouTransferred", VerificationForm::getHukouTransferred, null, null),
			new FormFields("archive", "archiveTransferred", VerificationForm::getArchiveTransferred, null, null),
			new FormFields("contact", "mobile", VerificationForm::getMobile, null, null),
			new FormFields("contact", "homePhone", VerificationForm::getHomePhone, null, null),
			new FormFields("contact", "homeDivisionCode", VerificationForm::getHomeDivisionCode, null, null),
			new FormFields("contact", "homeAddressDetail", VerificationForm::getHomeAddressDetail, null, null),
			new FormFields("contact", "postcode", VerificationForm::getPostcode, null, null),
			new FormFields("contact", "email", VerificationForm::getEmail, null, null));

	String valueIn(VerificationForm form) {
		return text(formValue.apply(form));
	}

	/** The registry's value, or null when unbound or the registry has no such field. */
	String valueIn(RegistryEntry entry) {
		return entry == null || registryValue == null ? null : text(registryValue.apply(entry));
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return Objects.toString(value, null);
	}
}
