package com.gradverify.amendment;

import java.time.Instant;
import java.util.List;

import com.gradverify.evidence.EvidenceFile;
import com.gradverify.verification.KeyField;

/**
 * A change request as pages and the API show it: the fields with both values and their evidence,
 * the decision or why and when it was closed, and the rejected versions before this one (oldest
 * first). Values are in the national format (codes, yyyy-MM-dd).
 */
public record AmendmentView(long id, long accountId, long registryRecordId, AmendmentStatus status, int revision,
		long version, List<FieldView> fields, String decisionComment, String decidedBy, Instant createdAt,
		Instant submittedAt, Instant decidedAt, ClosureReason closureReason, Instant closedAt,
		List<RevisionView> revisions) {

	public boolean editable() {
		return status.isEditable();
	}

	/** Whether the school decided any field one by one (null outcomes: undecided, or decided before V37). */
	public boolean fieldsDecided() {
		return fields.stream().anyMatch(f -> f.outcome() != null);
	}

	/**
	 * One claimed field, with the school's decision on it ({@code outcome} null while undecided)
	 * and its reason.
	 */
	public record FieldView(KeyField field, String registryValue, String claimedValue, List<EvidenceFile> evidence,
			FieldOutcome outcome, String reason) {
	}

	/** A rejected version with the school's comment. */
	public record RevisionView(int revision, List<FieldView> fields, String decisionComment, String decidedBy,
			Instant submittedAt, Instant decidedAt) {
	}
}
