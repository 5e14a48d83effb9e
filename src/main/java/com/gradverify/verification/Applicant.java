package com.gradverify.verification;

/**
 * A graduate as their 实名认证 form names them, for the other modules that list, show or export
 * their applications (协议, 违约, 异动 corrections). {@code idCard} is the full number: callers mask
 * it wherever their role does not need it.
 */
public record Applicant(long applicationId, long accountId, String studentNo, String name, String idCard,
		String collegeName, String majorName, String className, String mobile) {
}
