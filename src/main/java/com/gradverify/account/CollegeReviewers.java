package com.gradverify.account;

import java.util.List;
import java.util.Set;

import com.gradverify.reference.SchoolCatalog.College;

/** Which colleges have someone to review their graduates' applications at the 学院 level. */
public interface CollegeReviewers {

	/** The ids of the colleges with at least one enabled 学院审核 (COLLEGE_REVIEWER) account. */
	Set<Long> collegesWithReviewer();

	/**
	 * The school's colleges without one (无审核员): their graduates' applications would wait in a queue
	 * no one reviews. Pages flag them until an administrator adds a reviewer.
	 */
	List<College> collegesWithoutReviewer();

	/**
	 * Every enabled reviewer account (学院审核 with its college, 学校审核 with none), for what reviewers
	 * are told of their scope, such as the daily digest.
	 */
	List<Reviewer> reviewers();

	/** A reviewer account; {@code collegeId} is null for a school reviewer. */
	record Reviewer(long accountId, Role role, Long collegeId) {
	}
}
