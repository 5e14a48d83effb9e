package com.gradverify.verification.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.gradverify.account.SignedInAccount;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.UploadedEvidence;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.OriginEvidenceUploads;
import com.gradverify.verification.VerificationService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The form page's script for the 户籍证明 of a changed 生源地: uploads and removes it without
 * reloading the page, answering JSON, or a problem ({@link VerificationPageErrors}) it shows beside
 * the control. Without script the same buttons post the whole form ({@link VerificationController}).
 */
@Controller
@RequestMapping(path = "/verification/origin-evidence", headers = VerificationPageErrors.SCRIPT)
@PreAuthorize("hasRole('STUDENT')")
class OriginEvidenceScripts {

	private final OriginEvidenceUploads originEvidence;

	private final VerificationService verification;

	OriginEvidenceScripts(OriginEvidenceUploads originEvidence, VerificationService verification) {
		this.originEvidence = originEvidence;
		this.verification = verification;
	}

	/** The stored file, with the form's new version. */
	@PostMapping
	ResponseEntity<UploadedEvidence> upload(SignedInAccount student,
			@RequestParam(name = "file", required = false) List<MultipartFile> files) throws IOException {
		MultipartFile file = VerificationController.chosen(files);
		if (file == null) {
			throw new RuleViolationException(null, "evidence.empty");
		}
		try (InputStream in = file.getInputStream()) {
			EvidenceFile stored = originEvidence.upload(student, file.getOriginalFilename(), in);
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(UploadedEvidence.of(stored, "/verification/origin-evidence/" + stored.id() + "/delete", true,
						verification.view(student).version()));
		}
	}

	/** Removed before submission: the form's new version. */
	@PostMapping("/{evidenceId}/delete")
	ResponseEntity<UploadedEvidence.Removed> remove(SignedInAccount student, @PathVariable long evidenceId) {
		originEvidence.remove(student, evidenceId);
		return ResponseEntity.ok(new UploadedEvidence.Removed(verification.view(student).version()));
	}
}
