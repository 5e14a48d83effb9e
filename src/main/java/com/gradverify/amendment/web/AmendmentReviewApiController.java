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
import com.gradverify.amendment.ReviewDetail;
import com.gradverify.amendment.ReviewQueue;
import com.gradverify.shared.GraduationYears;
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
	@Operation(summary = "Approve or reject a submitted request",
			description = "APPROVE corrects the registry record in the same transaction (old values kept in its "
					+ "history with this request's id) and recompares the student's application. REJECT needs a "
					+ "comment (400 problem on field comment). 409 problem when the request is no longer pending, "
					+ "version is stale (someone decided first), or, for APPROVE, the student's application is no "
					+ "longer bound to the request's registry record (amendment.bindingEnded); nothing changes then.")
	DetailDocument decide(SignedInAccount reviewer, @PathVariable long id, @RequestBody DecisionRequest request) {
		return DetailDocument.of(
				amendments.decide(reviewer, id, request.decision(), request.comment(), request.version()));
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

	/** The decision, with the version the reviewer saw. */
	record DecisionRequest(AmendmentDecision decision, String comment, long version) {
	}
}
