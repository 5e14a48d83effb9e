package com.gradverify.amendment.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentDecision;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.amendment.AmendmentStatus;
import com.gradverify.amendment.FieldDecision;
import com.gradverify.amendment.FieldOutcome;
import com.gradverify.amendment.ReviewDetail;
import com.gradverify.amendment.ReviewQueue;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.KeyField;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The school's review of change requests for API clients. */
@RestController
@RequestMapping("/api/v1/amendments")
@PreAuthorize("hasRole('SCHOOL_REVIEWER')")
@Tag(name = "申请异动审核（学校）", description = "The school's queue of change requests and its decisions")
class AmendmentReviewApiController {

	private final AmendmentService amendments;

	private final GraduationYears years;

	AmendmentReviewApiController(AmendmentService amendments, GraduationYears years) {
		this.amendments = amendments;
		this.years = years;
	}

	@GetMapping
	@Operation(summary = "Requests of one 届 in one status (default SUBMITTED), oldest submission first, 30 a page",
			description = "counts gives the number of the 届's requests in each reviewed status; drafts are never "
					+ "listed. graduationYear in the answer is the 届 listed (null only while no 届 exists).")
	QueueDocument queue(SignedInAccount reviewer, @RequestParam(required = false) AmendmentStatus status,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear,
			@RequestParam(defaultValue = "0") int page) {
		ReviewQueue queue = amendments.queue(reviewer, status, years.choose(graduationYear).year(), page);
		return new QueueDocument(queue.status(), queue.graduationYear(), queue.counts(), queue.page(),
				queue.totalPages(), queue.rows()
			.stream()
			.map(r -> new QueueItem(r.id(), r.studentName(), r.studentNo(), r.collegeName(), r.status(), r.fields(),
					r.submittedAt()))
			.toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request with the student, both values of each field and its evidence")
	DetailDocument detail(SignedInAccount reviewer, @PathVariable long id) {
		return DetailDocument.of(amendments.detail(reviewer, id));
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Approve or reject a submitted request, as a whole or field by field",
			description = "Either decision (the request as a whole) or fields (one decision per claimed field), "
					+ "never both (400 problem on field decision). APPROVE accepts every field; REJECT rejects every "
					+ "field with comment as its reason and needs a comment (400 problem on field comment). With "
					+ "fields, every claimed field is decided once, and a REJECTED one needs a reason: otherwise a 400 "
					+ "problem with errors on fields[FIELD].outcome or fields[FIELD].reason (FIELD a key field name, "
					+ "e.g. fields[ETHNICITY].reason), and nothing changes. One ACCEPTED field approves the request "
					+ "and corrects the registry record with the accepted fields only, in the same transaction (old "
					+ "values kept in its history with this request's id), and recompares the student's application; "
					+ "all REJECTED rejects it, and the student may edit and resubmit, seeing each field's reason. "
					+ "409 problem when the request is no longer pending, version is stale (someone decided first), "
					+ "or, when any field is accepted, the student's application is no longer bound to the "
					+ "request's registry record (amendment.bindingEnded); nothing changes then.")
	DetailDocument decide(SignedInAccount reviewer, @PathVariable long id, @RequestBody DecisionRequest request) {
		if (request.fields() == null || request.fields().isEmpty()) {
			return DetailDocument.of(
					amendments.decide(reviewer, id, request.decision(), request.comment(), request.version()));
		}
		if (request.decision() != null) {
			throw new RuleViolationException("decision", "amendment.decision.ambiguous");
		}
		List<FieldDecision> decisions = request.fields()
			.stream()
			.map(f -> f == null ? null : new FieldDecision(f.field(), f.outcome(), f.reason()))
			.toList();
		return DetailDocument.of(amendments.decideFields(reviewer, id, decisions, request.comment(), request.version()));
	}

	record QueueDocument(AmendmentStatus status, Integer graduationYear, Map<AmendmentStatus, Long> counts, int page,
			int totalPages, List<QueueItem> items) {
	}

	record QueueItem(long id, String studentName, String studentNo, String collegeName, AmendmentStatus status,
			List<KeyField> fields, Instant submittedAt) {
	}

	record DetailDocument(String studentName, String studentNo, String collegeName, AmendmentDocument request) {

		static DetailDocument of(ReviewDetail detail) {
			return new DetailDocument(detail.studentName(), detail.studentNo(), detail.collegeName(),
					AmendmentDocument.of(detail.request()));
		}
	}

	/** The decision, as a whole or field by field, with the version the reviewer saw. */
	@Schema(name = "AmendmentDecisionRequest", description = "decision (the request as a whole) or fields (one decision per claimed field), never both")
	record DecisionRequest(
			@Schema(description = "APPROVE or REJECT the request as a whole; leave it out when sending fields") AmendmentDecision decision,
			@Schema(description = "the decision's comment, at most 500 characters: required for REJECT, optional otherwise",
					maxLength = 500) String comment,
			@Schema(description = "the request's version as the reviewer saw it") long version,
			@Schema(description = "one decision per claimed field, instead of decision") List<FieldDecisionBody> fields) {
	}

	/** The decision on one claimed field. */
	@Schema(name = "AmendmentFieldDecision")
	record FieldDecisionBody(@Schema(description = "the claimed key field", requiredMode = Schema.RequiredMode.REQUIRED) KeyField field,
			@Schema(description = "ACCEPTED: the claimed value corrects the registry; REJECTED: the registry keeps its value",
					requiredMode = Schema.RequiredMode.REQUIRED) FieldOutcome outcome,
			@Schema(description = "why, at most 500 characters; required for REJECTED, shown to the student",
					maxLength = 500) String reason) {
	}
}
