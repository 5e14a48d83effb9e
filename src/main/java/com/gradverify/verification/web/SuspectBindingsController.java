package com.gradverify.verification.web;

import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.SuspectBindings;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 绑定核查: the administrator sees the applications bound to another graduate's registry record
 * and releases them, giving the reason the audit trail keeps. /admin/** is for administrators only.
 */
@Controller
@RequestMapping("/admin/bindings")
@ReturnTo("/admin/bindings")
class SuspectBindingsController {

	private static final String PAGE = "verification/suspect-bindings";

	private final SuspectBindings suspects;

	private final MessageSource messages;

	SuspectBindingsController(SuspectBindings suspects, MessageSource messages) {
		this.suspects = suspects;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		return page(model, null, null, null);
	}

	@PostMapping("/{id}/release")
	String release(@PathVariable long id, @RequestParam(required = false) String reason, SignedInAccount admin,
			Model model, RedirectAttributes redirect) {
		try {
			suspects.release(id, reason, admin);
			redirect.addFlashAttribute("flashSuccess", text("suspectBinding.released"));
		}
		catch (RuleViolationException ex) {
			return page(model, id, reason, ex.violations().get(0).code());
		}
		// a case released meanwhile: back to the list, with the reason (VerificationPageErrors)
		return "redirect:/admin/bindings";
	}

	/** The open cases; after a refused release, that case's form keeps the reason typed, with its error. */
	private String page(Model model, Long failedId, String reason, String reasonError) {
		model.addAttribute("suspects", suspects.open());
		model.addAttribute("failedId", failedId);
		model.addAttribute("reason", reason);
		model.addAttribute("reasonError", reasonError);
		model.addAttribute("maxReasonLength", SuspectBindings.MAX_REASON_LENGTH);
		return PAGE;
	}

	private String text(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}
}
