package com.gradverify.agreement.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.AgreementForm;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.agreement.ApplicationState;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.ConflictException;
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
 * The graduate's 协议申请 page: the active agreement (a form while editable, read-only once
 * submitted or approved) and the terminated ones as history. An unverified graduate sees the
 * gate's message instead, with a 403 for anything they post.
 */
@Controller
@RequestMapping("/agreements")
@PreAuthorize("hasRole('STUDENT')")
class AgreementController {

	private static final String PAGE = "agreement/agreements";

	private final AgreementService agreements;

	private final VerifiedGate gate;

	private final ReferenceData reference;

	private final EvidenceFiles evidence;

	private final MessageSource messages;

	AgreementController(AgreementService agreements, VerifiedGate gate, ReferenceData reference,
			EvidenceFiles evidence, MessageSource messages) {
		this.agreements = agreements;
		this.gate = gate;
		this.reference = reference;
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping
	String page(SignedInAccount student, Model model) {
		if (!gate.isVerified(student.id())) {
			return unverified(model);
		}
		return page(student, null, model);
	}

	@PostMapping
	String create(SignedInAccount student, @ModelAttribute("form") AgreementForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			agreements.create(student, form);
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
	String save(SignedInAccount student, @PathVariable long id, @ModelAttribute("form") AgreementForm form,
			BindingResult errors, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			AgreementView saved = agreements.save(student, id, form, version);
			if ("submit".equals(action)) {
				agreements.submit(student, id, saved.version());
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

	@PostMapping("/{id}/scan")
	String scan(SignedInAccount student, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try (InputStream content = StudentPages.content(file)) {
			agreements.attachScan(student, id, file.getOriginalFilename(), content);
		}
		catch (RuleViolationException ex) {
			var v = ex.violations().get(0);
			redirect.addFlashAttribute("flashError", StudentPages.text(messages, v.code(), v.args()));
			return "redirect:/agreements";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
			return "redirect:/agreements";
		}
		return done(redirect, "agreement.uploaded");
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(SignedInAccount student, @PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		try {
			agreements.withdraw(student, id, version);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
			return "redirect:/agreements";
		}
		return done(redirect, "agreement.withdrawn");
	}

	@ExceptionHandler(VerificationRequiredException.class)
	ModelAndView verificationRequired() {
		var page = new ModelAndView(PAGE, HttpStatus.FORBIDDEN);
		page.addObject("verified", false);
		page.addObject("menu", "agreements");
		return page;
	}

	@ExceptionHandler(com.gradverify.shared.NotFoundException.class)
	ModelAndView notFound() {
		var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		return page;
	}

	private String page(SignedInAccount student, AgreementForm typed, Model model) {
		List<AgreementView> all = agreements.agreements(student);
		AgreementView active = all.stream().filter(a -> a.status() != ApplicationState.TERMINATED).findFirst()
			.orElse(null);
		model.addAttribute("verified", true);
		model.addAttribute("active", active);
		model.addAttribute("history", all.stream().filter(a -> a.status() == ApplicationState.TERMINATED).toList());
		model.addAttribute("form", typed != null ? typed : active == null ? new AgreementForm() : active.form());
		model.addAttribute("natures", reference.entries(CodeTable.EMPLOYER_NATURE));
		model.addAttribute("industries", reference.entries(CodeTable.INDUSTRY));
		model.addAttribute("destinations", reference.entries(CodeTable.DESTINATION));
		model.addAttribute("maxMb", evidence.maxSizeMegabytes());
		model.addAttribute("menu", "agreements");
		return PAGE;
	}

	private String unverified(Model model) {
		model.addAttribute("verified", false);
		model.addAttribute("menu", "agreements");
		return PAGE;
	}

	private String invalid(SignedInAccount student, AgreementForm form, BindingResult errors,
			RuleViolationException ex, Model model, HttpServletResponse response) {
		FormErrors.reject(errors, ex.violations());
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return page(student, form, model);
	}

	private String conflict(SignedInAccount student, AgreementForm form, ConflictException ex, Model model,
			HttpServletResponse response) {
		model.addAttribute("flashError", StudentPages.text(messages, ex.messageCode(), ex.args()));
		response.setStatus(HttpStatus.CONFLICT.value());
		return page(student, form, model);
	}

	private String done(RedirectAttributes redirect, String code) {
		redirect.addFlashAttribute("flashSuccess", StudentPages.text(messages, code));
		return "redirect:/agreements";
	}
}
