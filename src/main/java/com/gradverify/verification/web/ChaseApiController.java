package com.gradverify.verification.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.GraduationYears;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.ChaseLists;
import com.gradverify.verification.ChasePage;
import com.gradverify.verification.ChaseQuery;
import com.gradverify.verification.ChaseReminders;
import com.gradverify.verification.ChaseState;
import com.gradverify.verification.ChaseStudent;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Chase lists (催办名单) and reminder requests for API clients: the same scoped services as the pages. */
@RestController
@RequestMapping("/api/v1/progress")
@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER','ADMIN')")
@Tag(name = "进度与催办", description = "Chase lists of the progress dashboard: who is in which state, and reminders to them")
class ChaseApiController {

	private static final String STATES = "NEVER_SIGNED_IN (no sign-in on record and no application), UNBOUND (no "
			+ "application bound to a registry record, none at all included), DRAFT, WAITING (for the college or the "
			+ "school), WAITING_FOR_COLLEGE, WAITING_FOR_SCHOOL, REJECTED (rejected and not submitted again), "
			+ "APPROVED; absent: every student. Anything else is a 400 problem with errors[field=state].";

	private static final String SCOPE = "A college reviewer sees only their own college's students: without collegeId "
			+ "the list is their college's, with another college's id it is empty (as that college's students do not "
			+ "exist for them). SCHOOL_REVIEWER and ADMIN see every college.";

	private final ChaseLists lists;

	private final ChaseReminders reminders;

	private final ChaseDescriptions descriptions;

	private final GraduationYears years;

	ChaseApiController(ChaseLists lists, ChaseReminders reminders, ChaseDescriptions descriptions,
			GraduationYears years) {
		this.lists = lists;
		this.reminders = reminders;
		this.descriptions = descriptions;
		this.years = years;
	}

	@GetMapping("/students")
	@Operation(summary = "A chase list: the students of a 届, college, major and class in one state, paged",
			description = "Students are placed by their account's college and the registry's 专业代码 and 班级, and "
					+ "listed by college, 专业代码, 班级 and 学号. 身份证号 (maskedIdCard) and 联系电话 (maskedMobile, "
					+ "the application's; empty without one) are masked. status is the application's (null: none "
					+ "yet), bound whether it is bound to a registry record, signedIn whether the account ever signed "
					+ "in. " + SCOPE + " A malformed majorCode (400, errors[field=majorCode]), a className over 100 "
					+ "characters (errors[field=className]) and a size outside 1–200 (errors[field=size]) are problems. "
					+ "A page past the end answers the last one.")
	StudentsPage students(SignedInAccount staff,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear,
			@Parameter(description = "the college's id in the school catalog") @RequestParam(required = false) Long collegeId,
			@Parameter(description = "专业代码 as the catalogues write it (080901, 120203K, 0812)") @RequestParam(required = false) String majorCode,
			@Parameter(description = "班级, exactly as the registry writes it") @RequestParam(required = false) String className,
			@Parameter(description = STATES, schema = @Schema(implementation = ChaseState.class)) @RequestParam(required = false) String state,
			@Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "rows per page, 1–200") @RequestParam(defaultValue = "50") int size) {
		if (size < 1 || size > ChaseLists.MAX_PAGE_SIZE) {
			throw new RuleViolationException("size", "chase.size.invalid");
		}
		Integer year = years.choose(graduationYear).year();
		ChaseQuery query = ChaseLists.scoped(staff,
				new ChaseQuery(year, collegeId, majorCode, className, ChaseState.parse(state)));
		ChasePage shown = lists.page(staff, query, page, size);
		return new StudentsPage(year, query.collegeId(), query.majorCode(), query.className(), query.state(),
				descriptions.describe(query, shown.items()), shown.total(), shown.page(), shown.size(), shown.items());
	}

	@PostMapping("/reminders")
	@Operation(summary = "Remind the students of a chase list (提醒这 N 名学生)",
			description = "Resolves the list as it stands now, within the caller's scope, records who asked for "
					+ "which list and which students, and hands the batch to the notification module, whose delivery "
					+ "progress is at /notifications/reminders/{batchKey}. requestToken (up to 64 characters, e.g. a "
					+ "UUID) makes the request once: sent again, the answer is the first request's (200, created "
					+ "false) and nothing more is sent; the same token for another list is a 409 problem. 201 for a "
					+ "new request. An empty list (also another college's, for a college reviewer) is a 409 problem "
					+ "chase.remind.empty. Bad filters are 400 problems as for the list.")
	ResponseEntity<ReminderResponse> remind(SignedInAccount staff, @Valid @RequestBody ReminderRequest body) {
		Integer year = years.choose(body.graduationYear() == null ? null : String.valueOf(body.graduationYear()))
			.year();
		ChaseQuery query = ChaseLists.scoped(staff, new ChaseQuery(year, body.collegeId(), body.majorCode(),
				body.className(), ChaseState.parse(body.state())));
		String description = descriptions.describe(query, lists.students(staff, query));
		ChaseReminders.Request request = reminders.request(staff, query, body.requestToken(), description);
		return ResponseEntity.status(request.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(ReminderResponse.of(request));
	}

	@GetMapping("/reminders")
	@Operation(summary = "The reminder requests made for lists of a 届 the caller may see, the latest first (up to 100)")
	List<ReminderResponse> requests(SignedInAccount staff,
			@Parameter(description = GraduationYears.DESCRIPTION, schema = @Schema(type = "integer", minimum = "2000",
					maximum = "2100")) @RequestParam(required = false) String graduationYear) {
		Integer year = years.choose(graduationYear).year();
		if (year == null) {
			return List.of();
		}
		return reminders.requests(staff, year, 100).stream().map(ReminderResponse::of).toList();
	}

	/** A page of a chase list, with the list's filters as applied (a college reviewer's college filled in). */
	record StudentsPage(Integer graduationYear, Long collegeId, String majorCode, String className, ChaseState state,
			String description, long total, int page, int size, List<ChaseStudent> items) {
	}

	/** Which list to remind; {@code state} as for the list (absent: every student). */
	record ReminderRequest(@Schema(minimum = "2000", maximum = "2100") Integer graduationYear, Long collegeId,
			String majorCode, String className, String state, @NotBlank @Size(max = 64) String requestToken) {
	}

	/**
	 * A reminder request as recorded; {@code created} is false when the answer repeats an earlier request
	 * (the same token sent again), and in the list of requests. {@code deliveryPage} shows how its
	 * delivery goes.
	 */
	record ReminderResponse(String batchKey, String requestedBy, String description, int students,
			Instant requestedAt, boolean created, String deliveryPage) {

		static ReminderResponse of(ChaseReminders.Request request) {
			return new ReminderResponse(request.batchKey(), request.requestedBy(), request.description(),
					request.students(), request.requestedAt(), request.created(),
					ChaseLinks.DELIVERY + request.batchKey());
		}
	}
}
