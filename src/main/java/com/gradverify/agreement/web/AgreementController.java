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
 * The graduate's 协议申请 page: the active agreement (a form while editable, read-only once
 * submitted or approved) and the terminated ones as history. An unverified graduate sees the
 * gate's message instead, with a 403 for anything they post.
 */
@Controller
@RequestMapping("/agreements")
@PreAuthorize("hasRole('STUDENT')")
class AgreementController extends ApplicationPages<AgreementForm> {

	private final AgreementService agreements;

	private final ReferenceData reference;

	AgreementController(AgreementService agreements, VerifiedGate gate, ReferenceData reference,
			EvidenceFiles evidence, MessageSource messages) {
		super("agreement/agreements", "agreements", gate, evidence, messages);
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

	@PostMapping("/{id}/scan")
	String scan(SignedInAccount student, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		return upload(student, id, file, redirect);
	}

	@Override
	long saveDraft(SignedInAccount student, long id, AgreementForm form, Long version) {
		return agreements.save(student, id, form, version).version();
	}

	@Override
	void submitDraft(SignedInAccount student, long id, long version) {
		agreements.submit(student, id, version);
	}

	@Override
	void attachEvidence(SignedInAccount student, long id, String fileName, InputStream content) {
		agreements.attachScan(student, id, fileName, content);
	}

	@Override
	void withdrawSubmission(SignedInAccount student, long id, Long version) {
		agreements.withdraw(student, id, version);
	}

	@Override
	void describe(SignedInAccount student, AgreementForm typed, Model model) {
		List<AgreementView> all = agreements.agreements(student);
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
