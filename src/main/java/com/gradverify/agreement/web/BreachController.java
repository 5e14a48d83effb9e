package com.gradverify.agreement.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.agreement.BreachForm;
import com.gradverify.agreement.BreachService;
import com.gradverify.agreement.BreachView;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.VerificationRequiredException;
import com.gradverify.verification.VerifiedGate;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The graduate's 违约申请 page: their breaches, and a form for an approved agreement that has none.
 * An unverified graduate sees the gate's message instead.
 */
@Controller
@RequestMapping("/breaches")
@PreAuthorize("hasRole('STUDENT')")
class BreachController {

	private static final String PAGE = "agreement/breaches";

	private final BreachService breaches;

	private final AgreementService agreements;

	private final VerifiedGate gate;

	private final EvidenceFiles evidence;

	private final MessageSource messages;

	BreachController(BreachService breaches, AgreementService agreements, VerifiedGate gate, EvidenceFiles evidence,
			MessageSource messages) {
		this.breaches = breaches;
		this.agreements = agreements;
		this.gate = gate;
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping
	String page(SignedInAccount student, Model model) {
		if (!gate.isVerified(student.id())) {
			model.addAttribute("verified", false);
			model.addAttribute("menu", "breaches");
			return PAGE;
		}
		return page(student, null, model);
	}

	@PostMapping
	String create(SignedInAccount student, @RequestParam long agreementId, @ModelAttribute("form") BreachForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			breaches.create(student, agreementId, form);
		}
		catch (RuleViolationException ex) {
			return invalid(student, form, errors, ex, model, response);
		}
		catch (ConflictException ex) {
			return conflict(student, form, ex, model, response);
		}
		return done(redirect, "agreement.saved");
	}

	/** Saves the form; {@code action=submit} then submits it for review. */
	@PostMapping("/{id}")
	String save(SignedInAccount student, @PathVariable long id, @ModelAttribute("form") BreachForm form,
			BindingResult errors, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			BreachView saved = breaches.save(student, id, form, version);
			if ("submit".equals(action)) {
				breaches.submit(student, id, saved.version());
				return done(redirect, "agreement.submitted");
			}
		}
		catch (RuleViolationException ex) {
			return invalid(student, form, errors, ex, model, response);
		}
		catch (ConflictException ex) {
			return conflict(student, form, ex, model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(student, form, new ConflictException("agreement.stale"), model, response);
		}
		return done(redirect, "agreement.saved");
	}

	@PostMapping("/{id}/letter")
	String letter(SignedInAccount student, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try (InputStream content = StudentPages.content(file)) {
			breaches.attachReleaseLetter(student, id, file.getOriginalFilename(), content);
		}
		catch (RuleViolationException ex) {
			var v = ex.violations().get(0);
			redirect.addFlashAttribute("flashError", StudentPages.text(messages, v.code(), v.args()));
			return "redirect:/breaches";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
			return "redirect:/breaches";
		}
		return done(redirect, "agreement.uploaded");
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(SignedInAccount student, @PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			breaches.withdraw(student, id, version);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
			return "redirect:/breaches";
		}
		return done(redirect, "agreement.withdrawn");
	}

	@ExceptionHandler(VerificationRequiredException.class)
	ModelAndView verificationRequired() {
		var page = new ModelAndView(PAGE, HttpStatus.FORBIDDEN);
		page.addObject("verified", false);
		page.addObject("menu", "breaches");
		return page;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		return page;
	}

	private String page(SignedInAccount student, BreachForm typed, Model model) {
		List<BreachView> all = breaches.breaches(student);
		// approved agreements without a breach may get one
		List<AgreementView> breachable = agreements.agreements(student).stream().filter(AgreementView::breachable)
			.toList();
		model.addAttribute("verified", true);
		model.addAttribute("breaches", all);
		model.addAttribute("breachable", breachable);
		BreachView open = all.stream().filter(BreachView::editable).findFirst().orElse(null);
		model.addAttribute("form", typed != null ? typed : open != null ? open.form() : new BreachForm());
		model.addAttribute("maxMb", evidence.maxSizeMegabytes());
		model.addAttribute("menu", "breaches");
		return PAGE;
	}

	private String invalid(SignedInAccount student, BreachForm form, BindingResult errors, RuleViolationException ex,
			Model model, HttpServletResponse response) {
		FormErrors.reject(errors, ex.violations());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(student, form, model);
	}

	private String conflict(SignedInAccount student, BreachForm form, ConflictException ex, Model model,
			HttpServletResponse response) {
		model.addAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(student, form, model);
	}

	private String done(RedirectAttributes redirect, String code) {
		redirect.addFlashAttribute("flashSuccess", StudentPages.text(messages, code));
		return "redirect:/breaches";
	}
}
