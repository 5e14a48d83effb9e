package com.gradverify.verification;

import java.util.List;
import java.util.Optional;

import com.gradverify.review.ReviewState;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewRecord;

/**
 * The rejection the student still has to answer: the last decision, when it is a rejection and
 * the application stands rejected. Once the student resubmits, it is no longer open, so its
 * banner and highlighted fields go away.
 */
public final class OpenRejection {

	private OpenRejection() {
	}

	/** {@code decisions} oldest first, as {@link VerificationService#reviews} gives them. */
	public static Optional<ReviewRecord> of(ReviewState status, List<ReviewRecord> decisions) {
		if (status != ReviewState.REJECTED || decisions.isEmpty()) {
			return Optional.empty();
		}
		ReviewRecord last = decisions.get(decisions.size() - 1);
		return last.decision() == Decision.REJECT ? Optional.of(last) : Optional.empty();
	}

	/** The most recent rejection, open or not. */
	public static Optional<ReviewRecord> last(List<ReviewRecord> decisions) {
		for (int i = decisions.size() - 1; i >= 0; i--) {
			if (decisions.get(i).decision() == Decision.REJECT) {
				return Optional.of(decisions.get(i));
			}
		}
		return Optional.empty();
	}
}
