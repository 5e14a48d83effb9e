package com.gradverify.agreement.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.agreement.BreachForm;
import com.gradverify.agreement.BreachService;
import com.gradverify.agreement.BreachView;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.verification.VerifiedGate;

import org.springframework.context.MessageSource;
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
 * The graduate's 违约申请 page: their breaches, and a form for an approved agreement that has none.
 * An unverified graduate sees the gate's message instead.
 */
@Controller
@RequestMapping("/breaches")
@PreAuthorize("hasRole('STUDENT')")
class BreachController extends ApplicationPages<BreachForm> {

	private final BreachService breaches;

	private final AgreementService agreements;

	BreachController(BreachService breaches, AgreementService agreements, VerifiedGate gate, EvidenceFiles evidence,
			MessageSource messages) {
		super("agreement/breaches", "breaches", breaches, gate, evidence, messages);
		this.breaches = breaches;
		this.agreements = agreements;
	}

	@PostMapping
	String create(SignedInAccount student, @RequestParam long agreementId, @ModelAttribute("form") BreachForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return formAction(student, form, errors, model, response, redirect, () -> {
			breaches.create(student, agreementId, form);
			return "agreement.saved";
		});
	}

	@PostMapping("/{id}/letter")
	String letter(SignedInAccount student, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		return upload(student, id, file, redirect);
	}

	@Override
	void describe(SignedInAccount student, BreachForm typed, Model model) {
		List<BreachView> all = breaches.applications(student);
		// approved agreements without a breach may get one
		List<AgreementView> breachable = agreements.applications(student).stream().filter(AgreementView::breachable)
			.toList();
		model.addAttribute("breaches", all);
		model.addAttribute("breachable", breachable);
		BreachView open = all.stream().filter(BreachView::editable).findFirst().orElse(null);
		model.addAttribute("form", typed != null ? typed : open != null ? open.form() : new BreachForm());
	}
}
