package com.gradverify.agreement.web;

import com.gradverify.account.SignedInAccount;
import com.gradverify.verification.VerifiedGate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 协议申请 and 违约申请 as far as they go today: both need 已实名认证 first, which the gate decides.
 * An unverified graduate is told what to do; a verified one that they are eligible and what
 * comes next. The application forms themselves come with the agreement issue.
 */
@Controller
@PreAuthorize("hasRole('STUDENT')")
class EligibilityController {

	private final VerifiedGate gate;

	EligibilityController(VerifiedGate gate) {
		this.gate = gate;
	}

	@GetMapping("/agreements")
	String agreements(SignedInAccount student, Model model) {
		return page("agreements", student, model);
	}

	@GetMapping("/breaches")
	String breaches(SignedInAccount student, Model model) {
		return page("breaches", student, model);
	}

	private String page(String which, SignedInAccount student, Model model) {
		model.addAttribute("which", which);
		model.addAttribute("verified", gate.isVerified(student.id()));
		model.addAttribute("menu", which);
		return "agreement/eligibility";
	}
}
