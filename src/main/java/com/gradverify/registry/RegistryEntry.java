package com.gradverify.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One graduate's record as the province holds it. Codes are as in the national tables; any
 * field but the required ones (身份证号, 姓名, 学号, 学历代码, 院系, 毕业时间) may be null, which the
 * verification form shows as 未比对.
 */
public record RegistryEntry(long id, int graduationYear, String idCard, String name, String studentNo,
		String educationCode, String collegeName, LocalDate graduationDate, String examineeNo, String genderCode,
		String ethnicCode, String politicalCode, String majorCode, String majorName, String trainingModeCode,
		String sponsorUnit, String originPlaceCode, BigDecimal schoolingLength, LocalDate enrolmentDate,
		String className, LocalDate birthDate, String normalStudentCode, String difficultyCode,
		String urbanRuralCode) {
}
