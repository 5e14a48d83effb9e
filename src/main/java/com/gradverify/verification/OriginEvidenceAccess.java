package com.gradverify.verification;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.evidence.EvidenceAccessPolicy;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.review.ReviewService;
import com.gradverify.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reviewers may open the 户籍证明 of an application they may review, with exactly the review
 * module's scoping: the school every submitted one, a college reviewer their own college's.
 */
@Component
class OriginEvidenceAccess implements EvidenceAccessPolicy {

	private final JdbcClient jdbc;

	private final ReviewService reviews;

	OriginEvidenceAccess(JdbcClient jdbc, ReviewService reviews) {
		this.jdbc = jdbc;
		this.reviews = reviews;
	}

	@Override
	public boolean canRead(SignedInAccount reader, EvidenceFile file) {
		if (reader.role() != Role.COLLEGE_REVIEWER && reader.role() != Role.SCHOOL_REVIEWER) {
			return false;
		}
		return jdbc.sql("select id from verification_application where origin_evidence_id = :file")
			.param("file", file.id())
			.query(Long.class)
			.optional()
			.map(applicationId -> visible(reader, applicationId))
			.orElse(false);
	}

	private boolean visible(SignedInAccount reader, long applicationId) {
		try {
			reviews.target(reader, VerificationReviews.KIND, applicationId);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}
}
