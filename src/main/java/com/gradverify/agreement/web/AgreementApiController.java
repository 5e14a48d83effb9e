package com.gradverify.agreement.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.AgreementForm;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;

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

/** 协议申请 for API clients: the same service, gate and rules as the page. */
@RestController
@RequestMapping("/api/v1/me/agreements")
@PreAuthorize("hasRole('STUDENT')")
@Tag(name = "协议申请（学生）", description = "Employment-agreement applications of a verified graduate: draft, scan, "
		+ "submit, withdraw. Every call of an unverified graduate is a 403 problem with code VERIFICATION_REQUIRED.")
class AgreementApiController {

	private final AgreementService agreements;

	AgreementApiController(AgreementService agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	@Operation(summary = "The caller's agreements, newest first",
			description = "At most one is active (not TERMINATED); terminated ones are history. status is DRAFT, "
					+ "SUBMITTED, COLLEGE_APPROVED, APPROVED, REJECTED or TERMINATED; breachable says a 违约申请 may be "
					+ "filed against it; decisions lists the reviewers' decisions, oldest first.")
	List<AgreementView> list(SignedInAccount student) {
		return agreements.applications(student);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One of the caller's agreements", description = "Anyone else's id is a 404 problem.")
	AgreementView get(SignedInAccount student, @PathVariable long id) {
		return agreements.application(student, id);
	}

	@PostMapping
	@Operation(summary = "Open a draft",
			description = "Fields may be missing in a draft, but present values must be valid (400 problem with "
					+ "per-field errors, e.g. creditCode with a wrong GB 32100 check character). Codes: "
					+ "employerNatureCode from /api/v1/reference/codes/EMPLOYER_NATURE, industryCode from INDUSTRY, "
					+ "destinationCode from DESTINATION; employerDivisionCode a 6-digit county-level code; signedOn "
					+ "yyyy-MM-dd. A graduate with an active agreement gets a 409 problem.")
	ResponseEntity<AgreementView> create(SignedInAccount student, @RequestBody AgreementForm form) {
		AgreementView view = agreements.create(student, form);
		return ResponseEntity.created(URI.create("/api/v1/me/agreements/" + view.id())).body(view);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Save the draft (or a rejected application)",
			description = "version must be the one last read: a stale one is a 409 problem, as is a submitted or "
					+ "approved application.")
	AgreementView save(SignedInAccount student, @PathVariable long id, @RequestBody SaveRequest request) {
		return agreements.save(student, id, request.form(), request.version());
	}

	@PostMapping(path = "/{id}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload the scan or photo of the signed agreement (multipart part file)",
			description = "JPEG, PNG or PDF as the evidence rules allow (400 problem with field file otherwise); "
					+ "replaces an earlier scan.")
	AgreementView scan(SignedInAccount student, @PathVariable long id, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		try (InputStream content = StudentPages.content(file)) {
			return agreements.attachEvidence(student, id, file.getOriginalFilename(), content);
		}
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit for the college's review",
			description = "400 problem with per-field errors while a field or the scan is missing; 409 when the "
					+ "status does not allow it or the version is stale.")
	AgreementView submit(SignedInAccount student, @PathVariable long id, @RequestBody VersionRequest request) {
		return agreements.submit(student, id, request.version());
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Take a submission back to draft before the college has acted")
	AgreementView withdraw(SignedInAccount student, @PathVariable long id, @RequestBody VersionRequest request) {
		return agreements.withdraw(student, id, request.version());
	}

	/** A draft to save, with the version it was based on. */
	record SaveRequest(Long version, AgreementForm form) {
	}

	record VersionRequest(Long version) {
	}
}
