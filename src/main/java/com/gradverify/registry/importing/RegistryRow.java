package com.gradverify.registry.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One valid row of a registry file, normalised and ready to be stored; {@code rowNo} as the user sees it. */
record RegistryRow(int rowNo, String idCard, String name, String studentNo, String educationCode,
		String collegeName, LocalDate graduationDate, String examineeNo, String genderCode, String ethnicCode,
		String politicalCode, String majorCode, String majorName, String trainingModeCode, String sponsorUnit,
		String originPlaceCode, BigDecimal schoolingLength, LocalDate enrolmentDate, String className,
		LocalDate birthDate, String normalStudentCode, String difficultyCode, String urbanRuralCode) {
}
