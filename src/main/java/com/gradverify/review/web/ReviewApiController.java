package com.gradverify.review.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.gradverify.account.SignedInAccount;
import com.gradverify.review.Decision;
import com.gradverify.review.QueuePage;
import com.gradverify.review.ReviewDocument;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewService;
import com.gradverify.review.ReviewService.BatchResult;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review of every reviewable kind (实名认证 VERIFICATION, 协议 AGREEMENT, 违约 BREACH) for API clients:
 * the same scoped service as the pages. Another college's application is a 404 problem, a decision on a stale version or on an application not
 * waiting for the caller's level a 409 problem.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER')")
@Tag(name = "审核", description = "Review queues of 实名认证, 协议 and 违约 applications, detail, decisions, batch approval, rejection and return")
class ReviewApiController {

	private static final String DEFAULT_KIND = "VERIFICATION";

	private static final String KIND_PARAMETER = "VERIFICATION (default), AGREEMENT or BREACH";

	private static final String HELD = "review.batch.held";

	private final ReviewService reviews;

	private final MessageSource messages;

	private final GraduationYears years;

	ReviewApiController(ReviewService reviews, MessageSource messages, GraduationYears years) {
		this.reviews = reviews;
		this.messages = messages;
		this.years = years;
	}

	@GetMapping
	@Operation(summary = "The caller's review queue",
			description = "level defaults to the caller's own (COLLEGE for college reviewers, SCHOOL for school "
					+ "reviewers); another level is a 403 problem. state WAITING (default) lists the level's own work, "
					+ "DECIDED what it has decided, ALL every submitted application. collegeId is ignored for "
					+ "college reviewers (always their own college). Dates are ISO (yyyy-MM-dd), inclusive. "
					+ "search matches 学号 exactly or 姓名 in part. 身份证号 is masked. kind is VERIFICATION (default), "
					+ "AGREEMENT, BREACH or ALL (every kind merged in submission order; each item names its kind); "
					+ "an unknown kind is a 404 problem. 协议/违约 items are always bound and have no 不匹配 marks. "
					+ "changedCount is how many registry-held fields beyond the key ones the student changed (已修改); "
					+ "batch approval leaves such applications for an individual review. "
					+ "sort orders by SUBMITTED_AT (default, first submitted first), STUDENT_NO, NAME, MISMATCHES or "
					+ "CHANGED; desc=true reverses it. changedSinceRejection names the fields the student changed "
					+ "since the application was last rejected. "
					+ "graduationYear: " + GraduationYears.DESCRIPTION)
	@Parameter(name = GraduationYears.PARAMETER, in = ParameterIn.QUERY, description = GraduationYears.DESCRIPTION,
			schema = @Schema(type = "integer", minimum = "2000", maximum = "2100"))
	QueuePage queue(SignedInAccount reviewer,
			@Parameter(description = "COLLEGE or SCHOOL") @RequestParam(required = false) ReviewLevel level,
			@ModelAttribute QueueFilter filter) {
		ReviewLevel own = ReviewService.levelOf(reviewer);
		if (level != null && level != own) {
			throw new AccessDeniedException("level " + level + " is not the caller's");
		}
		return reviews.queue(reviewer, filter.getKind(),
				filter.toQuery(own, years.choose(filter.getGraduationYear()).year()));
	}

	@GetMapping("/{applicationId}")
	@Operation(summary = "One application for review: every field (beside the registry's value for 实名认证), marks, decisions, history",
			description = "The full 身份证号 is included: only the reviewer entitled to the application gets here. "
					+ "Send version back with a decision to detect someone else acting first. For AGREEMENT and BREACH, "
					+ "fields are the form's values (codes as codes), registryValue and comparison are null, and "
					+ "originEvidenceId is the signed agreement's scan or the 解约函. For VERIFICATION, comparison is "
					+ "MATCH, MISMATCH or NOT_COMPARED for the eleven key fields and CHANGED (已修改) for another field "
					+ "the registry holds that the student changed from registryValue (changedCount counts them); "
					+ "valueName and registryValueName name coded values (民族 01 → 汉族, 生源地 430621 → 湖南省岳阳县, "
					+ "historical division codes as they were named).")
	ReviewDocument detail(SignedInAccount reviewer, @PathVariable long applicationId,
			@Parameter(description = KIND_PARAMETER) @RequestParam(defaultValue = DEFAULT_KIND) String kind) {
		return reviews.document(reviewer, kind, applicationId);
	}

	@PostMapping("/{applicationId}/decision")
	@Operation(summary = "Decide at the caller's level",
			description = "APPROVE (comment optional), REJECT (comment required: 400 problem with errors[field=comment] "
					+ "otherwise; fields optionally names the form fields the student must change, as the detail's "
					+ "fields[].name call them: an unknown name, or fields with another decision, is a 400 problem with "
					+ "errors[field=fields] and changes nothing), RETURN (school reviewers only: back to the college's queue). 409 problem when the "
					+ "application is not waiting for the caller's level or version is stale. Answers the application "
					+ "as it now stands.")
	ReviewDocument decide(SignedInAccount reviewer, @PathVariable long applicationId,
			@Parameter(description = KIND_PARAMETER) @RequestParam(defaultValue = DEFAULT_KIND) String kind,
			@Valid @RequestBody DecisionRequest request) {
		reviews.decide(reviewer, kind, applicationId, request.decision(), request.comment(), request.version(),
				request.fields());
		return reviews.document(reviewer, kind, applicationId);
	}

	@PostMapping("/batch-approve")
	@Operation(summary = "Approve several applications at the caller's level",
			description = "Each is approved on its own; those with 不匹配 marks, unbound ones, ones not waiting for the "
					+ "caller's level and ids the caller cannot see are refused with a reason code and message. "
					+ "Applications in which the student changed registry-held fields beyond the key ones (已修改: "
					+ "院系, 班级, 专业名称, 入学时间, 出生日期, 政治面貌 …) are neither approved nor refused: they stay "
					+ "waiting and are listed in heldForReview with how many fields changed, to be decided one by one "
					+ "after a look at the detail (fields with comparison CHANGED).")
	BatchResponse batchApprove(SignedInAccount reviewer, @Valid @RequestBody BatchRequest request) {
		BatchResult result = reviews.batchApprove(reviewer,
				request.kind() == null || request.kind().isBlank() ? DEFAULT_KIND : request.kind(), request.ids());
		return new BatchResponse(result.approved(), refused(result),
				result.held()
					.stream()
					.map(h -> new Held(h.id(), h.changedCount(), HELD,
							messages.getMessage(HELD, null, HELD, LocaleContextHolder.getLocale())))
					.toList());
	}

	@PostMapping("/batch-decision")
	@Operation(summary = "Reject, or return to the college, several applications at the caller's level with one comment",
			description = "decision is REJECT (comment required: 400 problem with errors[field=comment] otherwise, and "
					+ "nothing changes) or RETURN (school reviewers only: a 409 problem for a college reviewer); APPROVE "
					+ "is batch-approve's. Each application is decided on its own with the same comment, which the "
					+ "student sees; ones not waiting for the caller's level and ids the caller cannot see are refused "
					+ "with a reason code and message, and the others are still decided.")
	BatchDecisionResponse batchDecide(SignedInAccount reviewer, @Valid @RequestBody BatchDecisionRequest request) {
		if (request.decision() == Decision.APPROVE) {
			throw new RuleViolationException(List.of(new Violation("decision", "review.batch.approveSeparately")));
		}
		BatchResult result = reviews.batchDecide(reviewer,
				request.kind() == null || request.kind().isBlank() ? DEFAULT_KIND : request.kind(), request.ids(),
				request.decision(), request.comment());
		return new BatchDecisionResponse(result.approved(), refused(result));
	}

	private List<Refused> refused(BatchResult result) {
		return result.refused()
			.stream()
			.map(r -> new Refused(r.id(), r.reasonCode(),
					messages.getMessage(r.reasonCode(), null, r.reasonCode(), LocaleContextHolder.getLocale())))
			.toList();
	}

	/**
	 * A decision; {@code version} is the application's version the reviewer saw (optional);
	 * {@code fields} (REJECT only, optional) the form fields the student must change, e.g.
	 * {@code ["homePhone", "policeStation"]}.
	 */
	record DecisionRequest(@NotNull Decision decision, @Size(max = 500) String comment, Long version,
			@Size(max = 100) List<@NotNull @Size(max = 64) String> fields) {
	}

	/** {@code kind} is VERIFICATION (default), AGREEMENT or BREACH: one batch approves one kind. */
	record BatchRequest(@NotEmpty @Size(max = 200) List<@NotNull Long> ids, String kind) {
	}

	/** REJECT or RETURN of the {@code ids} of one {@code kind} (VERIFICATION by default), all with {@code comment}. */
	record BatchDecisionRequest(@NotEmpty @Size(max = 200) List<@NotNull Long> ids, String kind,
			@NotNull Decision decision, @Size(max = 500) String comment) {
	}

	/** {@code decided}: the ids rejected or returned; {@code refused}: the others, each with its reason. */
	record BatchDecisionResponse(List<Long> decided, List<Refused> refused) {
	}

	record BatchResponse(List<Long> approved, List<Refused> refused, List<Held> heldForReview) {
	}

	/**
	 * An application the batch left waiting for an individual review: the student changed
	 * {@code changedCount} registry-held fields; {@code reason} is review.batch.held, {@code message} its text.
	 */
	record Held(long id, int changedCount, String reason, String message) {
	}

	/** An application the batch did not approve: {@code reason} is a stable code, {@code message} its text. */
	record Refused(long id, String reason, String message) {
	}
}
