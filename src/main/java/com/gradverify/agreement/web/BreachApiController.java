package com.gradverify.agreement.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.BreachForm;
import com.gradverify.agreement.BreachService;
import com.gradverify.agreement.BreachView;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 违约申请 for API clients. */
@RestController
@RequestMapping("/api/v1/me/breaches")
@PreAuthorize("hasRole('STUDENT')")
@Tag(name = "违约申请（学生）", description = "Breach applications against an approved agreement: draft, 解约函, submit, "
		+ "withdraw. The school's approval terminates the agreement. Unverified graduates get a 403 problem "
		+ "VERIFICATION_REQUIRED.")
class BreachApiController {

	private final BreachService breaches;

	BreachApiController(BreachService breaches) {
		this.breaches = breaches;
	}

	@GetMapping
	@Operation(summary = "The caller's breach applications, newest first")
	List<BreachView> list(SignedInAccount student) {
		return breaches.applications(student);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of the caller's breach applications", description = "Anyone else's id is a 404 problem.")
	BreachView get(SignedInAccount student, @PathVariable long id) {
		return breaches.application(student, id);
	}

	@PostMapping
	@Operation(summary = "Open a draft against one of the caller's agreements",
			description = "409 problem unless the agreement is APPROVED, or when it already has a breach application.")
	ResponseEntity<BreachView> create(SignedInAccount student, @RequestBody CreateRequest request) {
		var form = new BreachForm();
		form.setReason(request.reason());
		form.setNewEmployerName(request.newEmployerName());
		BreachView view = breaches.create(student, request.agreementId(), form);
		return ResponseEntity.created(URI.create("/api/v1/me/breaches/" + view.id())).body(view);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save the draft (or a rejected application)", description = "A stale version is a 409 problem.")
	BreachView save(SignedInAccount student, @PathVariable long id, @RequestBody SaveRequest request) {
		return breaches.save(student, id, request.form(), request.version());
	}

	@PostMapping(path = "/{id}/release-letter", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the employer's 解约函 (multipart part file)",
			description = "JPEG, PNG or PDF as the evidence rules allow; replaces an earlier one.")
	BreachView releaseLetter(SignedInAccount student, @PathVariable long id,
			@RequestPart(required = false) MultipartFile file) throws IOException {
		try (InputStream content = StudentPages.content(file)) {
			return breaches.attachEvidence(student, id, file.getOriginalFilename(), content);
		}
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit for the college's review",
			description = "400 problem while the reason or the 解约函 is missing; 409 for a wrong status or stale version.")
	BreachView submit(SignedInAccount student, @PathVariable long id, @RequestBody VersionRequest request) {
		return breaches.submit(student, id, request.version());
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Take a submission back to draft before the college has acted")
	BreachView withdraw(SignedInAccount student, @PathVariable long id, @RequestBody VersionRequest request) {
		return breaches.withdraw(student, id, request.version());
	}

	/** {@code agreementId}: the approved agreement the breach ends. */
	record CreateRequest(long agreementId, String reason, String newEmployerName) {
	}

	record SaveRequest(Long version, BreachForm form) {
	}

	record VersionRequest(Long version) {
	}
}
