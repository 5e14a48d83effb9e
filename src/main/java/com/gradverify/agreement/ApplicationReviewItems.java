package com.gradverify.agreement;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import com.gradverify.review.ReviewItemChanged;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Tells the review module how each 协议 or 违约 application stands after every write of it, in the
 * writing transaction, with the version the row now has. These applications are bound and have no
 * comparison marks; who the graduate is comes from their 实名认证.
 */
class ApplicationReviewItems {

	private final ApplicationEventPublisher events;

	ApplicationReviewItems(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostPersist
	@PostUpdate
	void written(TwoLevelApplication application) {
		events.publishEvent(new ReviewItemChanged(application.reviewKind(), application.getId(),
				application.getAccountId(), application.getGraduationYear(), application.getCollegeId(),
				application.getReviewState(), application.getStatus().name(), true, 0, 0, 0,
				application.getSubmittedAt(), application.getVersion(), null));
	}
}
