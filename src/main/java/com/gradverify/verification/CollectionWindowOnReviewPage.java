package com.gradverify.verification;

import java.util.Map;

import com.gradverify.campaign.CollectionWindows;
import com.gradverify.review.ReviewDetailSection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows reviewers of a 实名认证 application where its student stands towards the 采集批次: open until
 * when, reopened for them until when, or closed since when, with the way to reopen it after the deadline.
 * Reviews themselves are never limited by the window.
 */
@Component
class CollectionWindowOnReviewPage implements ReviewDetailSection {

	private final VerificationApplications applications;

	private final CollectionWindows windows;

	CollectionWindowOnReviewPage(VerificationApplications applications, CollectionWindows windows) {
		this.applications = applications;
		this.windows = windows;
	}

	@Override
	public boolean appliesTo(String kind) {
		return VerificationReviews.KIND.equals(kind);
	}

	@Override
	public String fragment() {
		return "campaign/window :: review";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> model(long applicationId) {
		return applications.findById(applicationId)
			.<Map<String, Object>>map(a -> Map.of("window",
					windows.current(a.getGraduationYear(), a.getCollegeId(), a.getAccountId()), "studentNo",
					a.getForm().getStudentNo()))
			.orElse(Map.of());
	}
}
