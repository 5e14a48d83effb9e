package com.gradverify.review;

import java.time.Instant;
import java.util.Objects;

/**
 * What the review queues show of one item, as its kind's aggregate stands after a change: raised by
 * the kind in the transaction that wrote the change, so that the review module's own table (the
 * queues, counts, filters and batch eligibility) never lags behind. {@code status} is the kind's
 * own name for its state where it has one beyond {@code state} (an agreement's TERMINATED), else
 * the state's name. {@code applicant} is who the student is as the item's form says, null for a
 * kind whose form does not say (its items show the student's 实名认证 identity).
 */
public record ReviewItemChanged(String kind, long itemId, long accountId, int graduationYear, Long collegeId,
		ReviewState state, String status, boolean bound, int mismatchCount, int notComparedCount, int changedCount,
		Instant submittedAt, long version, ReviewApplicant applicant) {

	public ReviewItemChanged {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(state, "state");
		status = status == null ? state.name() : status;
	}
}
