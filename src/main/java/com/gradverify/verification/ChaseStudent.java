package com.gradverify.verification;

import java.time.Instant;

import com.gradverify.review.ReviewState;

/**
 * One student on a chase list (催办名单), with the 身份证号 and 联系电话 masked: where their account
 * belongs (学院, from the account module), where the registry says they study (专业, 班级), whether
 * they ever signed in, and their application ({@code status} null: none yet; {@code bound} false
 * also when there is none). {@code mobile} is the application's 联系电话, masked; empty without one.
 */
public record ChaseStudent(long accountId, String studentNo, String name, String maskedIdCard, String maskedMobile,
		Long collegeId, String collegeName, String majorCode, String majorName, String className, boolean signedIn,
		ReviewState status, boolean bound, Instant updatedAt) {

	/** The message key of where the student stands: the application's status, or why there is none. */
	public String standingKey() {
		if (status != null) {
			return "chase.status." + status.name();
		}
		return signedIn ? "chase.status.NOT_STARTED" : "chase.status.NEVER_SIGNED_IN";
	}
}
