package com.gradverify.agreement;

import java.util.Optional;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.evidence.EvidenceAccessPolicy;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.review.ReviewService;
import com.gradverify.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reviewers may open the signed agreement and the 解约函 of an application they may review, with
 * exactly the review module's scoping.
 */
@Component
class ApplicationEvidenceAccess implements EvidenceAccessPolicy {

	private final JdbcClient jdbc;

	private final ReviewService reviews;

	ApplicationEvidenceAccess(JdbcClient jdbc, ReviewService reviews) {
		this.jdbc = jdbc;
		this.reviews = reviews;
	}

	@Override
	public boolean canRead(SignedInAccount reader, EvidenceFile file) {
		if (reader.role() != Role.COLLEGE_REVIEWER && reader.role() != Role.SCHOOL_REVIEWER) {
			return false;
		}
		return backed(file, AgreementReviews.KIND, "select id from agreement_application where scan_evidence_id = :file")
			.or(() -> backed(file, BreachReviews.KIND,
					"select id from breach_application where release_letter_evidence_id = :file"))
			.map(subject -> visible(reader, subject))
			.orElse(false);
	}

	private Optional<Subject> backed(EvidenceFile file, String kind, String sql) {
		return jdbc.sql(sql).param("file", file.id()).query(Long.class).optional().map(id -> new Subject(kind, id));
	}

	private boolean visible(SignedInAccount reader, Subject subject) {
		try {
			reviews.target(reader, subject.kind(), subject.id());
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private record Subject(String kind, long id) {
	}
}
