package com.gradverify.verification.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import com.gradverify.account.SignedInAccount;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

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

	VerificationApiController(VerificationService verification, BindingService binding) {
		this.verification = verification;
		this.binding = binding;
	}

	@PostMapping("/binding")
	@Operation(summary = "Bind the account to its own registry record by 身份证号 + 姓名 + 学历 + 毕业年份",
			description = "Only the record of the account's 学号 and 身份证号 in its 届 can be bound. "
					+ "outcome BOUND pre-fills the form; NO_MATCH (anything else, another graduate's data included; "
					+ "counted as a failed attempt) and RECORD_TAKEN (the own record is held by another account, "
					+ "reported to the school for release) change nothing. "
					+ "Malformed input is a 400 problem with per-field errors; too many failures a 429 problem.")
	Map<String, Object> bind(SignedInAccount student, @Valid @RequestBody BindingRequest request) {
		BindingOutcome outcome = binding.bind(student, request);
		return Map.of("outcome", outcome);
	}

	@GetMapping("/verification")
	@Operation(summary = "The application: form values by section, per-field comparison, status and review results",
			description = "reviews lists each decision (level COLLEGE/SCHOOL, decision, comment, decidedAt), oldest first.")
	VerificationDocument get(SignedInAccount student) {
		return document(verification.view(student));
	}

	@PutMapping("/verification")
	@Operation(summary = "Save a draft", description = "Only malformed values are refused (400). "
			+ "学号, 联系电话 and 身份证号 are kept as binding set them (unbound, the 身份证号 is the account's); "
			+ "values sent for them are ignored. "
			+ "version must be the one last read; a stale version is a 409 problem.")
	VerificationDocument save(SignedInAccount student, @RequestBody SaveRequest request) {
		VerificationView view = verification.saveDraft(student, request.form(), request.version());
		return document(view);
	}

	@PostMapping("/verification/submit")
	@Operation(summary = "申请实名认证: submit the saved draft for review",
			description = "400 problem with per-field errors when a required field or rule fails; "
					+ "409 when the status does not allow it or the version is stale.")
	VerificationDocument submit(SignedInAccount student, @RequestBody VersionRequest request) {
		return document(verification.submit(student, request.version()));
	}

	@PostMapping("/verification/withdraw")
	@Operation(summary = "撤回: take a submission back to draft before the college has acted")
	VerificationDocument withdraw(SignedInAccount student, @RequestBody VersionRequest request) {
		return document(verification.withdraw(student, request.version()));
	}

	private VerificationDocument document(VerificationView view) {
		return VerificationDocument.of(view, verification.reviews(view));
	}

	/** A draft to save, with the version it was based on. */
	record SaveRequest(long version, VerificationForm form) {
	}

	record VersionRequest(long version) {
	}
}
