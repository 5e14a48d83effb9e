package com.gradverify.amendment.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.gradverify.amendment.AmendmentStatus;
import com.gradverify.amendment.AmendmentView;
import com.gradverify.amendment.ClosureReason;
import com.gradverify.amendment.FieldOutcome;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.verification.KeyField;

/** A change request for API clients; values in the national format (codes, yyyy-MM-dd). */
@Schema(name = "Amendment", description = "A change request (申请异动) with its fields, evidence, decision (or closure) and rejected versions")
record AmendmentDocument(long id, AmendmentStatus status,
		@Schema(description = "1 for the first submission, +1 after each rejection") int revision,
		@Schema(description = "send it back with changes and decisions; a stale one is a 409 problem") long version,
		List<Field> fields, String decisionComment, String decidedBy, Instant createdAt, Instant submittedAt,
		Instant decidedAt,
		@Schema(description = "why a CLOSED request was closed without a decision: BINDING_RELEASED (an administrator "
				+ "released the binding it was filed from) or BINDING_CHANGED (the student bound elsewhere or "
				+ "continued unbound); null otherwise") ClosureReason closureReason,
		Instant closedAt, @Schema(description = "rejected versions, oldest first") List<Revision> revisions) {

	static AmendmentDocument of(AmendmentView view) {
		return new AmendmentDocument(view.id(), view.status(), view.revision(), view.version(), fields(view.fields()),
				view.decisionComment(), view.decidedBy(), view.createdAt(), view.submittedAt(), view.decidedAt(),
				view.closureReason(), view.closedAt(), view.revisions()
					.stream()
					.map(r -> new Revision(r.revision(), fields(r.fields()), r.decisionComment(), r.decidedBy(),
							r.submittedAt(), r.decidedAt()))
					.toList());
	}

	private static List<Field> fields(List<AmendmentView.FieldView> fields) {
		return fields.stream()
			.map(f -> new Field(f.field(), f.registryValue(), f.claimedValue(),
					f.evidence().stream().map(Evidence::of).toList(), f.outcome(), f.reason()))
			.toList();
	}

	/** One claimed key field. */
	@Schema(name = "AmendmentField", description = "one claimed key field with its evidence and the school's decision on it")
	record Field(KeyField field, @Schema(description = "the registry's value when claimed") String registryValue,
			@Schema(description = "the value the registry should hold (the form's)") String claimedValue,
			List<Evidence> evidence,
			@Schema(description = "the school's decision on this field: ACCEPTED (the registry was corrected with it) or "
					+ "REJECTED; null while undecided (and on requests decided as a whole before per-field decisions)",
					nullable = true) FieldOutcome outcome,
			@Schema(description = "the school's reason for its decision on this field (always given for REJECTED)",
					nullable = true) String reason) {
	}

	/** An evidence file; {@code url} downloads it (owner and entitled reviewers only). */
	record Evidence(long id, String displayName, String contentType, long sizeBytes, boolean locked, String url) {

		static Evidence of(EvidenceFile file) {
			return new Evidence(file.id(), file.displayName(), file.contentType(), file.sizeBytes(), file.locked(),
					"/api/v1/evidence/" + file.id());
		}
	}

	/** A rejected version with the school's comment. */
	record Revision(int revision, List<Field> fields, String decisionComment, String decidedBy, Instant submittedAt,
			Instant decidedAt) {
	}
}
