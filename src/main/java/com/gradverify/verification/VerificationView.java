package com.gradverify.verification;

import java.time.Instant;
import java.util.Map;

/**
 * A student's application as pages and the API show it: the form, each key field's comparison
 * (keyed by form property), the status and the version to send back with the next change.
 */
public record VerificationView(long applicationId, ApplicationStatus status, boolean bound, long version,
		VerificationForm form, Map<String, FieldComparison> comparison, int mismatchCount, int notComparedCount,
		boolean registryChanged, Long originEvidenceId, boolean originEvidenceRequired, Instant submittedAt) {

	public boolean editable() {
		return status.isEditable();
	}
}
