package com.gradverify.agreement.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.StudentApplications;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.web.Problems;
import com.gradverify.verification.VerifiedGate;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the graduate's 协议 and 违约 pages share, mapped under {@code /<menu>}: the verified gate,
 * save-then-submit, the evidence upload, withdrawal, and re-rendering the form with what was typed
 * on a rule violation (400) or a conflict (409). {@link ApplicationPageErrors} tells what else goes
 * wrong: the gate's 403 for anything posted, an application not found, a refused withdrawal or
 * upload on its own form.
 */
@PreAuthorize("hasRole('STUDENT')")
abstract class ApplicationPages<F> {

	private final String view;

	private final String menu;

	private final StudentApplications<?, F, ?> applications;

	private final VerifiedGate gate;

	private final EvidenceFiles evidence;

	private final MessageSource messages;

	ApplicationPages(String view, String menu, StudentApplications<?, F, ?> applications, VerifiedGate gate,
			EvidenceFiles evidence, MessageSource messages) {
		this.view = view;
		this.menu = menu;
		this.applications = applications;
		this.gate = gate;
		this.evidence = evidence;
		this.messages = messages;
	}

	/** The page's own model: its applications and the form showing {@code typed} when given. */
	abstract void describe(SignedInAccount student, F typed, Model model);

	@GetMapping
	String page(SignedInAccount student, Model model) {
		if (!gate.isVerified(student.id())) {
			return gate(model);
		}
		return page(student, null, model);
	}

	/** The gate's message instead of the page. */
	String gate(Model model) {
		model.addAttribute("verified", false);
		model.addAttribute("menu", menu);
		return view;
	}

	/** The page itself, where an action posted from it comes back to. */
	String backToPage() {
		return "redirect:/" + menu;
	}

	/**
	 * {@code /agreements/new} and {@code /breaches/new}, where a link or a bookmark may lead: the
	 * new application's form is on the page itself, and an unverified graduate reads the gate there.
	 */
	@GetMapping("/new")
	String newApplication(SignedInAccount student, Model model) {
		return page(student, model);
	}

	/** Saves the form; {@code action=submit} then submits it for review. */
	@PostMapping("/{id}")
	String save(SignedInAccount student, @PathVariable long id, @ModelAttribute("form") F form, BindingResult errors,
			@RequestParam(required = false) Long version, @RequestParam(defaultValue = "save") String action,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return formAction(student, form, errors, model, response, redirect, () -> {
			try {
				long saved = applications.save(student, id, form, version).version();
				if ("submit".equals(action)) {
					applications.submit(student, id, saved);
					return "agreement.submitted";
				}
				return "agreement.saved";
			}
			catch (OptimisticLockingFailureException ex) {
				throw new ConflictException("agreement.stale");
			}
		});
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(SignedInAccount student, @PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		applications.withdraw(student, id, version);
		return done(redirect, "agreement.withdrawn");
	}

	/**
	 * Runs {@code action}, which returns the success message's code; a rule violation or conflict
	 * shows the page again with the typed form.
	 */
	String formAction(SignedInAccount student, F form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Supplier<String> action) {
		String success;
		try {
			success = action.get();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex.violations());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(student, form, model);
		}
		catch (ConflictException ex) {
			model.addAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(student, form, model);
		}
		return done(redirect, success);
	}

	/**
	 * Stores an evidence file uploaded on its own form; a refused one comes back as the page's error
	 * message ({@link ApplicationPageErrors}).
	 */
	String upload(SignedInAccount student, long id, MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try (InputStream content = StudentPages.content(file)) {
			applications.attachEvidence(student, id, file.getOriginalFilename(), content);
		}
		return done(redirect, "agreement.uploaded");
	}

	/**
	 * Runs an evidence step (upload or removal) posted with the page's form, whose code is its success
	 * message, and shows the page again with what was typed, saved or not.
	 */
	String keepingTyped(SignedInAccount student, F typed, Model model, HttpServletResponse response,
			Supplier<String> step) {
		try {
			model.addAttribute("flashSuccess", StudentPages.text(messages, step.get()));
		}
		catch (RuleViolationException ex) {
			var v = ex.violations().get(0);
			model.addAttribute("flashError", StudentPages.text(messages, v.code(), v.args()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		catch (ConflictException ex) {
			model.addAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return page(student, typed, model);
	}

	/** The page's scripts get a problem rather than a page. */
	ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Object... args) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(status, code, StudentPages.text(messages, code, args)));
	}

	private String page(SignedInAccount student, F typed, Model model) {
		model.addAttribute("verified", true);
		describe(student, typed, model);
		model.addAttribute("maxMb", evidence.maxSizeMegabytes());
		model.addAttribute("maxBytes", evidence.maxSizeBytes());
		model.addAttribute("menu", menu);
		return view;
	}

	private String done(RedirectAttributes redirect, String code) {
		redirect.addFlashAttribute("flashSuccess", StudentPages.text(messages, code));
		return backToPage();
	}
}
