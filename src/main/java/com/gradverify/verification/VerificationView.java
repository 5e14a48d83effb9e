package com.gradverify.verification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.gradverify.review.ReviewState;
import com.gradverify.shared.RuleViolationException.Violation;

/**
 * A student's application as pages and the API show it: the form, each key field's comparison
 * (keyed by form property), the status and the version to send back with the next change.
 * {@code draftText} holds what was typed but could not be read as its type (a date, the 学制),
 * by property; {@code problems} lists the fields of an editable draft not yet valid, in form order.
 */
public record VerificationView(long applicationId, ReviewState status, boolean bound, long version,
		VerificationForm form, Map<String, FieldComparison> comparison, int mismatchCount, int notComparedCount,
		boolean registryChanged, Long originEvidenceId, boolean originEvidenceRequired, Instant submittedAt,
		Map<String, String> draftText, List<Violation> problems) {

	public boolean editable() {
		return status.isEditable();
	}
}
