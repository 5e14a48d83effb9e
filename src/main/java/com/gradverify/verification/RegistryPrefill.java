package com.gradverify.verification;

import com.gradverify.registry.RegistryEntry;

/** Copies what the registry knows into the form; the fields it leaves blank stay the student's to fill. */
final class RegistryPrefill {

	private RegistryPrefill() {
	}

	static void apply(RegistryEntry entry, VerificationForm form) {
		form.setName(entry.name());
		form.setIdCard(entry.idCard());
		form.setGenderCode(entry.genderCode());
		form.setEthnicCode(entry.ethnicCode());
		form.setBirthDate(entry.birthDate());
		form.setPoliticalCode(entry.politicalCode());
		form.setExamineeNo(entry.examineeNo());
		form.setCollegeName(entry.collegeName());
		form.setMajorCode(entry.majorCode());
		form.setMajorName(entry.majorName());
		form.setEducationCode(entry.educationCode());
		form.setSchoolingLength(entry.schoolingLength());
		form.setTrainingModeCode(entry.trainingModeCode());
		form.setSponsorUnit(entry.sponsorUnit());
		form.setEnrolmentDate(entry.enrolmentDate());
		form.setGraduationDate(entry.graduationDate());
		form.setOriginPlaceCode(entry.originPlaceCode());
		form.setUrbanRuralCode(entry.urbanRuralCode());
		form.setNormalStudentCode(entry.normalStudentCode());
		form.setDifficultyCode(entry.difficultyCode());
		form.setClassName(entry.className());
	}
}
