package com.gradverify.verification;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

import com.gradverify.review.ReviewApplicant;
import com.gradverify.review.ReviewItemChanged;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Tells the review module how each 实名认证 application stands after every write of it, in the writing
 * transaction: after the row is written, so the event carries the version the row now has.
 */
class VerificationReviewItems {

	private final ApplicationEventPublisher events;

	VerificationReviewItems(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostPersist
	@PostUpdate
	void written(VerificationApplication application) {
		VerificationForm form = application.getForm();
		events.publishEvent(new ReviewItemChanged(VerificationKind.NAME, application.getId(),
				application.getAccountId(), application.getGraduationYear(), application.getCollegeId(),
				application.getStatus(), null, application.isBound(), application.getMismatchCount(),
				application.getNotComparedCount(), application.getChangedCount(), application.getSubmittedAt(),
				application.getVersion(), ReviewApplicant.of(form.getStudentNo(), form.getName(), form.getIdCard(),
						form.getCollegeName(), form.getMajorCode(), form.getMajorName(), form.getClassName())));
	}
}
