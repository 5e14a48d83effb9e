package com.gradverify.verification.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import com.gradverify.account.SignedInAccount;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The student's 实名认证 journey for mobile clients and integrations; the same services as the pages. */
@RestController
@RequestMapping("/api/v1/me")
@PreAuthorize("hasRole('STUDENT')")
@Tag(name = "实名认证（学生）", description = "Binding, the verification form, drafts, submission and withdrawal")
class VerificationApiController {

	private final VerificationService verification;

	private final BindingService binding;

	private final DraftInput drafts;

	private final MessageSource messages;

	VerificationApiController(VerificationService verification, BindingService binding, DraftInput drafts,
			MessageSource messages) {
		this.verification = verification;
		this.binding = binding;
		this.drafts = drafts;
		this.messages = messages;
	}

	@PostMapping("/binding")
	@Operation(summary = "Bind the account to its own registry record by 身份证号 + 姓名 + 学历 + 毕业年份",
			description = "Only the record of the account's 学号 and 身份证号 in its 届 can be bound. "
					+ "outcome BOUND pre-fills the form; NO_MATCH (anything else, another graduate's data included; "
					+ "counted as a failed attempt) and RECORD_TAKEN (the own record is held by another account, "
					+ "reported to the school for release) change nothing. "
					+ "Malformed input is a 400 problem with per-field errors; too many failures a 429 problem.")
	Map<String, Object> bind(SignedInAccount student, @Valid @RequestBody BindingRequest request, BindingResult errors)
			throws BindException {
		if (errors.hasErrors()) {
			// the format rules too, so that one 400 lists every field's problem
			binding.problems(request).stream()
				.filter(v -> !errors.hasFieldErrors(v.field()))
				.forEach(v -> errors.rejectValue(v.field(), v.code()));
			throw new BindException(errors);
		}
		BindingOutcome outcome = binding.bind(student, request);
		return Map.of("outcome", outcome);
	}

	@GetMapping("/verification")
	@Operation(summary = "The application: form values by section, per-field comparison, status and review results",
			description = "reviews lists each decision (level COLLEGE/SCHOOL, decision, comment, decidedAt, and the "
					+ "form fields a rejection pointed at), oldest first. lastRejection is the latest rejection (null "
					+ "if none): its level, reason, fields (names as in sections, e.g. homePhone) and open, true "
					+ "while the application stands rejected and false once it was resubmitted.")
	VerificationDocument get(SignedInAccount student) {
		return document(verification.view(student));
	}

	@PutMapping("/verification")
	@Operation(summary = "Save a draft, every field as sent, malformed ones included",
			description = "200 with the saved draft; its problems list the fields not yet valid (field, code, "
					+ "message), which 申请实名认证 will refuse until they are corrected. A value that is not even "
					+ "of its type (schoolingLength \"四年\", a date 2023-13-45) is kept as sent, shown in "
					+ "draftText, and listed there too. Only a value longer than 200 characters is refused: a 400 "
					+ "problem with an error at each such field, and then nothing is saved. "
					+ "学号, 联系电话 and 身份证号 are kept as binding set them (unbound, the 身份证号 is the account's); "
					+ "values sent for them are ignored. "
					+ "version must be the one last read; a stale version is a 409 problem.")
	VerificationDocument save(SignedInAccount student, @RequestBody SaveRequest request) {
		BindingResult typed = drafts.bind(request.form());
		VerificationForm form = (VerificationForm) typed.getTarget();
		VerificationView view = verification.saveDraft(student, form, DraftInput.unreadable(typed),
				request.version());
		return document(view);
	}

	@PostMapping("/verification/submit")
	@Operation(summary = "申请实名认证: submit the saved draft for review",
			description = "400 problem listing every field error at once when required fields or rules fail; "
					+ "409 when the status does not allow it or the version is stale; 409 with code COLLECTION_CLOSED "
					+ "outside the student's 采集批次 window (before its opening, after their college's deadline or its "
					+ "closing, unless reopened for them), the detail naming the dates. Saving drafts is never limited.")
	VerificationDocument submit(SignedInAccount student, @RequestBody VersionRequest request) {
		return document(verification.submit(student, request.version()));
	}

	@PostMapping("/verification/withdraw")
	@Operation(summary = "撤回: take a submission back to draft before the college has acted",
			description = "409 when the college has acted or the version is stale; 409 with code COLLECTION_CLOSED "
					+ "outside the student's 采集批次 window, as for submitting.")
	VerificationDocument withdraw(SignedInAccount student, @RequestBody VersionRequest request) {
		return document(verification.withdraw(student, request.version()));
	}

	private VerificationDocument document(VerificationView view) {
		return VerificationDocument.of(view, view.reviews(),
				v -> messages.getMessage(v.code(), v.args(), LocaleContextHolder.getLocale()));
	}

	/** A draft to save, with the version it was based on; form holds the fields as sent. */
	record SaveRequest(long version,
			@Schema(implementation = VerificationForm.class, description = "The form's fields by name, as typed")
			Map<String, Object> form) {
	}

	record VersionRequest(long version) {
	}
}
