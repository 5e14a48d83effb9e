package com.gradverify.account;

import java.util.Set;

/** Which colleges have someone to review their graduates' applications at the 学院 level. */
public interface CollegeReviewers {

	/** The ids of the colleges with at least one enabled 学院审核 (COLLEGE_REVIEWER) account. */
	Set<Long> collegesWithReviewer();
}
