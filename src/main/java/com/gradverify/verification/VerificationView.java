package com.gradverify.verification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.gradverify.review.ReviewRecord;
import com.gradverify.review.ReviewState;
import com.gradverify.shared.RuleViolationException.Violation;

/**
 * A student's application as pages and the API show it: the form, each key field's comparison
 * (keyed by form property), the status and the version to send back with the next change.
 * {@code draftText} holds what was typed but could not be read as its type (a date, the 学制),
 * by property; {@code problems} lists the fields of an editable draft not yet valid, in form order;
 * {@code reviews} the college's and the school's decisions on it, oldest first (实名认证结果), read in
 * the same transaction as the application.
 */
public record VerificationView(long applicationId, ReviewState status, boolean bound, long version,
		VerificationForm form, Map<String, FieldComparison> comparison, int mismatchCount, int notComparedCount,
		boolean registryChanged, Long originEvidenceId, boolean originEvidenceRequired, Instant submittedAt,
		Map<String, String> draftText, List<Violation> problems, List<ReviewRecord> reviews) {

	public boolean editable() {
		return status.isEditable();
	}
}
