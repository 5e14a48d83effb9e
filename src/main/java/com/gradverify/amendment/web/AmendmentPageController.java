package com.gradverify.amendment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.amendment.AmendmentView;
import com.gradverify.amendment.MismatchCandidates;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.evidence.UploadedEvidence;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.web.Problems;
import com.gradverify.verification.KeyField;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The student's 申请异动 tab: every request with its fields, values, evidence and outcome (each
 * field's decision and reason); creating one from the 不匹配 fields, uploading and removing evidence
 * while it is a draft, and 提交. A step the request no longer allows goes back to the tab with the
 * reason ({@link AmendmentPageErrors}); the script's one-file posts answer problems themselves.
 */
@Controller
@RequestMapping("/verification/amendments")
@PreAuthorize("hasRole('STUDENT')")
class AmendmentPageController {

	private static final String PAGE = "amendment/list";

	private static final String REDIRECT = "redirect:/verification/amendments";

	private final AmendmentService amendments;

	private final EvidenceFiles evidence;

	private final Messages messages;

	AmendmentPageController(AmendmentService amendments, EvidenceFiles evidence, Messages messages) {
		this.amendments = amendments;
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping
	String list(SignedInAccount student, Model model) {
		return page(student, model, Set.of(), Map.of());
	}

	@PostMapping
	String create(SignedInAccount student, @RequestParam(required = false) List<KeyField> fields, Model model,
			RedirectAttributes redirect) {
		try {
			amendments.create(student, fields == null ? List.of() : fields);
			redirect.addFlashAttribute("flashSuccess", messages.text("amendment.create.done"));
			return REDIRECT;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("flashError", messages.text("validation.failed"));
			return page(student, model, fields == null ? Set.of() : Set.copyOf(fields), messages.byField(ex));
		}
	}

	@PostMapping("/{id}/fields")
	String changeFields(SignedInAccount student, @PathVariable long id,
			@RequestParam(required = false) List<KeyField> fields, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			amendments.changeFields(student, id, fields == null ? List.of() : fields, version);
			redirect.addFlashAttribute("flashSuccess", messages.text("amendment.fields.changed"));
			return REDIRECT;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("flashError", messages.text("validation.failed"));
			return page(student, model, fields == null ? Set.of() : Set.copyOf(fields), messages.byField(ex));
		}
	}

	/** Without script: the chosen files in one post, then back to the page. */
	@PostMapping("/{id}/evidence")
	String upload(SignedInAccount student, @PathVariable long id, @RequestParam KeyField field,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("flashError", messages.text("amendment.evidence.noFile"));
			return REDIRECT;
		}
		for (MultipartFile file : chosen) {
			store(student, id, field, file);
		}
		redirect.addFlashAttribute("flashSuccess", messages.text("amendment.evidence.uploaded"));
		return REDIRECT;
	}

	/** With script (evidence-upload.js): one file per post, answered with JSON or a problem. */
	@PostMapping(path = "/{id}/evidence", headers = "X-Requested-With=XMLHttpRequest")
	ResponseEntity<?> uploadOne(SignedInAccount student, @PathVariable long id, @RequestParam KeyField field,
			@RequestParam("file") MultipartFile file) {
		try {
			EvidenceFile stored = store(student, id, field, file);
			long version = amendments.mine(student).stream().filter(r -> r.id() == id).findFirst()
				.map(AmendmentView::version).orElseThrow();
			return ResponseEntity.status(HttpStatus.CREATED).body(UploadedEvidence.of(stored,
					"/verification/amendments/" + id + "/evidence/" + stored.id() + "/delete", false, version));
		}
		catch (RuleViolationException ex) {
			return problem(HttpStatus.BAD_REQUEST, ex.messageCode(), messages.joined(ex));
		}
		catch (ConflictException ex) {
			return problem(HttpStatus.CONFLICT, ex.messageCode(), messages.text(ex));
		}
	}

	@PostMapping("/{id}/evidence/{evidenceId}/delete")
	String removeEvidence(SignedInAccount student, @PathVariable long id, @PathVariable long evidenceId,
			RedirectAttributes redirect) {
		amendments.removeEvidence(student, id, evidenceId);
		redirect.addFlashAttribute("flashSuccess", messages.text("amendment.evidence.removed"));
		return REDIRECT;
	}

	/** With script: the removal answered with the request's new version, or a problem. */
	@PostMapping(path = "/{id}/evidence/{evidenceId}/delete", headers = "X-Requested-With=XMLHttpRequest")
	ResponseEntity<?> removeOne(SignedInAccount student, @PathVariable long id, @PathVariable long evidenceId) {
		try {
			return ResponseEntity.ok(new UploadedEvidence.Removed(amendments.removeEvidence(student, id, evidenceId).version()));
		}
		catch (NotFoundException ex) {
			return problem(HttpStatus.NOT_FOUND, ex.messageCode(), messages.text(ex));
		}
		catch (ConflictException ex) {
			return problem(HttpStatus.CONFLICT, ex.messageCode(), messages.text(ex));
		}
	}

	@PostMapping("/{id}/submit")
	String submit(SignedInAccount student, @PathVariable long id, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		try {
			amendments.submit(student, id, version);
			redirect.addFlashAttribute("flashSuccess", messages.text("amendment.submitted"));
			return REDIRECT;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("flashError", messages.text("validation.failed"));
			return page(student, model, Set.of(), messages.byField(ex));
		}
	}

	private EvidenceFile store(SignedInAccount student, long id, KeyField field, MultipartFile file) {
		try (InputStream content = file.getInputStream()) {
			return amendments.attachEvidence(student, id, field, file.getOriginalFilename(), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
	}

	private String page(SignedInAccount student, Model model, Set<KeyField> selected, Map<String, String> errors) {
		List<AmendmentView> requests = amendments.mine(student);
		model.addAttribute("requests", requests);
		model.addAttribute("openRequest", requests.stream().filter(AmendmentView::editable).findFirst().orElse(null));
		model.addAttribute("canCreate", requests.stream().noneMatch(r -> r.status().isOpen()));
		MismatchCandidates candidates = amendments.candidates(student);
		model.addAttribute("candidates", candidates);
		model.addAttribute("selected", selected);
		model.addAttribute("errors", errors);
		// errors on fields that have no checkbox or section of their own (e.g. a field that matches)
		Set<String> shown = new java.util.HashSet<>(Set.of("fields"));
		candidates.fields().forEach(state -> shown.add(state.field().name()));
		requests.forEach(request -> request.fields().forEach(f -> shown.add(f.field().name())));
		model.addAttribute("otherErrors", errors.entrySet()
			.stream()
			.filter(error -> !shown.contains(error.getKey()))
			.map(error -> keyField(error.getKey()).map(field -> messages.text("amendment.error.onField",
					messages.text("field." + field.property()), error.getValue())).orElse(error.getValue()))
			.toList());
		model.addAttribute("maxMb", evidence.maxSizeMegabytes());
		model.addAttribute("maxBytes", evidence.maxSizeBytes());
		model.addAttribute("menu", "verification");
		return PAGE;
	}

	private static java.util.Optional<KeyField> keyField(String name) {
		return java.util.Arrays.stream(KeyField.values()).filter(field -> field.name().equals(name)).findFirst();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, code, detail));
	}
}
