package com.gradverify.agreement;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

import com.gradverify.review.ReviewedApplication;
import com.gradverify.shared.ConflictException;

/**
 * What 协议 and 违约 applications share beyond every {@link ReviewedApplication}: their statuses as
 * the graduate sees them (an ended agreement is {@link ApplicationState#TERMINATED}) and their
 * conflict messages.
 */
@MappedSuperclass
@EntityListeners(ApplicationReviewItems.class)
abstract class TwoLevelApplication extends ReviewedApplication {

	protected TwoLevelApplication() {
	}

	protected TwoLevelApplication(long accountId, Long collegeId, int graduationYear) {
		super(accountId, collegeId, graduationYear);
	}

	void submit() {
		requireEditable();
		moved(review().submit());
	}

	protected void requireEditable() {
		if (!review().isEditable()) {
			throw new ConflictException("agreement.notEditable", getStatus());
		}
	}

	/** The client's version must be the current one, or someone (a reviewer, another tab) acted first. */
	void requireVersion(Long expected) {
		if (expected != null && expected != getVersion()) {
			throw new ConflictException("agreement.stale");
		}
	}

	/** Where it stands as the graduate and reviewers see it; {@link ApplicationState#TERMINATED} for an ended agreement. */
	ApplicationState getStatus() {
		return ApplicationState.of(getReviewState(), isTerminated());
	}

	/** Only an agreement a breach ended is. */
	boolean isTerminated() {
		return false;
	}
}
