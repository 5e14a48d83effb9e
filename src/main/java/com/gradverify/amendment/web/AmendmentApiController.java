package com.gradverify.amendment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.KeyField;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The student's change requests for mobile clients and integrations; the same service as the pages. */
@RestController
@RequestMapping("/api/v1/me/amendments")
@PreAuthorize("hasRole('STUDENT')")
@Tag(name = "申请异动（学生）", description = "Change requests for key fields marked MISMATCH, their evidence and submission")
class AmendmentApiController {

	private final AmendmentService amendments;

	AmendmentApiController(AmendmentService amendments) {
		this.amendments = amendments;
	}

	@GetMapping
	@Operation(summary = "Every request of the student (newest first) and the key fields a new one may claim",
			description = "mismatchedFields are the key fields marked MISMATCH now, with the form's and the "
					+ "registry's value; bound is false when the account has no registry record to correct.")
	Overview list(SignedInAccount student) {
		var candidates = amendments.candidates(student);
		return new Overview(amendments.mine(student).stream().map(AmendmentDocument::of).toList(), candidates.bound(),
				candidates.fields()
					.stream()
					.map(s -> new Candidate(s.field(), s.formValue(), s.registryValue()))
					.toList());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request of the student's; anyone else's is a 404 problem")
	AmendmentDocument get(SignedInAccount student, @PathVariable long id) {
		return AmendmentDocument.of(amendments.mine(student, id));
	}

	@PostMapping
	@Operation(summary = "Open a draft request for key fields marked MISMATCH",
			description = "The claimed value of each field is the form's value. A field that matches or is "
					+ "NOT_COMPARED is a 400 problem with an error on that field; an unbound account, or one that "
					+ "already has an open request, is a 409 problem.")
	ResponseEntity<AmendmentDocument> create(SignedInAccount student, @RequestBody CreateRequest request) {
		var created = AmendmentDocument.of(amendments.create(student, orEmpty(request.fields())));
		return ResponseEntity.created(URI.create("/api/v1/me/amendments/" + created.id())).body(created);
	}

	@PutMapping("/{id}/fields")
	@Operation(summary = "Change the fields a draft or rejected request claims",
			description = "Files of fields no longer claimed are deleted. 409 after submission or on a stale version.")
	AmendmentDocument changeFields(SignedInAccount student, @PathVariable long id,
			@RequestBody ChangeFieldsRequest request) {
		return AmendmentDocument.of(amendments.changeFields(student, id, orEmpty(request.fields()), request.version()));
	}

	@PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload one evidence file (JPEG, PNG or PDF) for a claimed field",
			description = "Recognised by content; images are re-encoded. 400 problem (field file) for a refused "
					+ "file or a full field, 409 once the request is submitted; a refused file leaves nothing stored.")
	ResponseEntity<AmendmentDocument.Evidence> upload(SignedInAccount student, @PathVariable long id,
			@RequestParam KeyField field, @RequestPart("file") MultipartFile file) {
		if (file.isEmpty()) {
			throw new RuleViolationException("file", "evidence.empty");
		}
		EvidenceFile stored;
		try (InputStream content = file.getInputStream()) {
			stored = amendments.attachEvidence(student, id, field, file.getOriginalFilename(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
		return ResponseEntity.created(URI.create("/api/v1/evidence/" + stored.id()))
			.body(AmendmentDocument.Evidence.of(stored));
	}

	@DeleteMapping("/{id}/evidence/{evidenceId}")
	@Operation(summary = "Remove an evidence file before submission", description = "409 once the request is submitted")
	AmendmentDocument removeEvidence(SignedInAccount student, @PathVariable long id, @PathVariable long evidenceId) {
		return AmendmentDocument.of(amendments.removeEvidence(student, id, evidenceId));
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "提交: send the request to the school",
			description = "Each field must still be MISMATCH and have at least one file (400 problem with an error "
					+ "per field); afterwards values and evidence are frozen. 409 when already submitted or stale.")
	AmendmentDocument submit(SignedInAccount student, @PathVariable long id, @RequestBody VersionRequest request) {
		return AmendmentDocument.of(amendments.submit(student, id, request.version()));
	}

	/** The student's requests and what a new one could claim. */
	record Overview(List<AmendmentDocument> requests, boolean bound, List<Candidate> mismatchedFields) {
	}

	/** A key field marked MISMATCH now: the form's value is what a request would claim. */
	record Candidate(KeyField field, String formValue, String registryValue) {
	}

	private static List<KeyField> orEmpty(List<KeyField> fields) {
		return fields == null ? List.of() : fields;
	}

	/** The key fields a new request claims. */
	record CreateRequest(List<KeyField> fields) {
	}

	/** The key fields a request should claim from now on, with the version last read. */
	record ChangeFieldsRequest(List<KeyField> fields, long version) {
	}

	record VersionRequest(long version) {
	}
}
