package com.gradverify.review;

import com.gradverify.shared.PersonalData;

/**
 * Who a student is as the review queues show them: {@code maskedIdCard} is never the full number.
 * Kept by the review module from the 实名认证 items' changes.
 */
public record ReviewApplicant(String studentNo, String name, String maskedIdCard, String collegeName,
		String majorCode, String majorName, String className) {

	/** An applicant from a full 身份证号, masked here so that the review tables never hold it. */
	public static ReviewApplicant of(String studentNo, String name, String idCard, String collegeName, String majorCode,
			String majorName, String className) {
		return new ReviewApplicant(studentNo, name, PersonalData.maskIdCard(idCard), collegeName, majorCode, majorName,
				className);
	}
}
