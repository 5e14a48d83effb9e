package com.gradverify.agreement;

import com.gradverify.review.ReviewState;

/**
 * Where a 协议 or 违约 application stands as the graduate and reviewers see it: its review state
 * ({@link ReviewState}, whose transitions the review module decides), or TERMINATED for an approved
 * agreement a breach ended, the one state of this module's own.
 */
public enum ApplicationState {
	DRAFT, SUBMITTED, COLLEGE_APPROVED, APPROVED, REJECTED,
	/** 已解约: an approved agreement a breach ended; kept as history (agreements only). */
	TERMINATED;

	static ApplicationState of(ReviewState state, boolean terminated) {
		return terminated ? TERMINATED : valueOf(state.name());
	}

	public boolean isEditable() {
		return this != TERMINATED && ReviewState.valueOf(name()).isEditable();
	}
}
