package com.gradverify.review;

/**
 * One step of the two-level review: from one state to the next, by a reviewer's {@code decision} at
 * {@code level}, or by the student (submit, withdraw) when both are null.
 */
public record ReviewTransition(ReviewState from, ReviewState to, ReviewLevel level, Decision decision) {

	public boolean byReviewer() {
		return decision != null;
	}
}
