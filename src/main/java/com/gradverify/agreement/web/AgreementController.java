package com.gradverify.agreement.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.AgreementForm;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.agreement.ApplicationState;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.evidence.UploadedEvidence;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.VerifiedGate;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The graduate's 协议申请 page: the active agreement (a form while editable, read-only once
 * submitted or approved) and the terminated ones as history. An unverified graduate sees the
 * gate's message instead, with a 403 for anything they post.
 */
@Controller
@RequestMapping("/agreements")
@PreAuthorize("hasRole('STUDENT')")
class AgreementController extends ApplicationPages<AgreementForm> {

	private static final String SCRIPT = "X-Requested-With=XMLHttpRequest";

	private final AgreementService agreements;

	private final ReferenceData reference;

	AgreementController(AgreementService agreements, VerifiedGate gate, ReferenceData reference,
			EvidenceFiles evidence, MessageSource messages) {
		super("agreement/agreements", "agreements", agreements, gate, evidence, messages);
		this.agreements = agreements;
		this.reference = reference;
	}

	@PostMapping
	String create(SignedInAccount student, @ModelAttribute("form") AgreementForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return formAction(student, form, errors, model, response, redirect, () -> {
			agreements.create(student, form);
			return "agreement.saved";
		});
	}

	/** The scan from the upload script: the stored file, or a problem. */
	@PostMapping(path = "/{id}/scan", headers = SCRIPT)
	ResponseEntity<?> scanFromScript(SignedInAccount student, @PathVariable long id,
			@RequestParam(name = "file", required = false) List<MultipartFile> files) throws IOException {
		try (InputStream content = StudentPages.content(chosen(files))) {
			AgreementView attached = agreements.attachEvidence(student, id, chosen(files).getOriginalFilename(), content);
			EvidenceFile scan = attached.scan();
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(UploadedEvidence.of(scan, "/agreements/" + id + "/scan/" + scan.id() + "/delete", true,
						attached.version()));
		}
		catch (RuleViolationException ex) {
			return problem(HttpStatus.BAD_REQUEST, ex.violations().get(0).code(), ex.violations().get(0).args());
		}
		catch (ConflictException ex) {
			return problem(HttpStatus.CONFLICT, ex.messageCode(), ex.args());
		}
	}

	/**
	 * Without script the upload button posts the agreement form with the file (its {@code version}
	 * tells), and the page comes back with what was typed; a bare upload form goes back to the page.
	 */
	@PostMapping("/{id}/scan")
	String scan(SignedInAccount student, @PathVariable long id,
			@RequestParam(name = "file", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Long version, @ModelAttribute("form") AgreementForm typed,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect)
			throws IOException {
		if (version == null) {
			return upload(student, id, chosen(files), redirect);
		}
		return keepingTyped(student, typed, model, response, () -> {
			try (InputStream content = StudentPages.content(chosen(files))) {
				agreements.attachEvidence(student, id, chosen(files).getOriginalFilename(), content);
				return "agreement.uploaded";
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** Removes the scan before submission, from the script: the form's new version, or 404 / 409 as a problem. */
	@PostMapping(path = "/{id}/scan/{evidenceId}/delete", headers = SCRIPT)
	ResponseEntity<?> removeScanFromScript(SignedInAccount student, @PathVariable long id,
			@PathVariable long evidenceId) {
		try {
			return ResponseEntity.ok(new UploadedEvidence.Removed(agreements.removeScan(student, id, evidenceId).version()));
		}
		catch (NotFoundException ex) {
			return problem(HttpStatus.NOT_FOUND, ex.messageCode());
		}
		catch (ConflictException ex) {
			return problem(HttpStatus.CONFLICT, ex.messageCode(), ex.args());
		}
	}

	/** Without script: the 删除 button posts the agreement form, which comes back with what was typed. */
	@PostMapping("/{id}/scan/{evidenceId}/delete")
	String removeScan(SignedInAccount student, @PathVariable long id, @PathVariable long evidenceId,
			@ModelAttribute("form") AgreementForm typed, BindingResult errors, Model model,
			HttpServletResponse response) {
		return keepingTyped(student, typed, model, response, () -> {
			agreements.removeScan(student, id, evidenceId);
			return "agreement.scanRemoved";
		});
	}

	private static MultipartFile chosen(List<MultipartFile> files) {
		return files == null ? null : files.stream().filter(f -> !f.isEmpty()).findFirst().orElse(null);
	}

	@Override
	void describe(SignedInAccount student, AgreementForm typed, Model model) {
		List<AgreementView> all = agreements.applications(student);
		AgreementView active = all.stream().filter(a -> a.status() != ApplicationState.TERMINATED).findFirst()
			.orElse(null);
		model.addAttribute("active", active);
		model.addAttribute("history", all.stream().filter(a -> a.status() == ApplicationState.TERMINATED).toList());
		model.addAttribute("form", typed != null ? typed : active == null ? new AgreementForm() : active.form());
		model.addAttribute("natures", reference.entries(CodeTable.EMPLOYER_NATURE));
		model.addAttribute("industries", reference.entries(CodeTable.INDUSTRY));
		model.addAttribute("destinations", reference.entries(CodeTable.DESTINATION));
	}
}
