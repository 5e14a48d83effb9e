package com.gradverify.campaign;

import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 补交延期: reviewers reopen one student's submission after the deadline, and see whom they reopened. */
@Controller
@RequestMapping("/campaigns/reopenings")
@PreAuthorize("hasAnyRole('COLLEGE_REVIEWER','SCHOOL_REVIEWER','ADMIN')")
class ReopeningsController {

	private static final String PAGE = "campaign/reopenings";

	private final Reopenings reopenings;

	private final MessageSource messages;

	ReopeningsController(Reopenings reopenings, MessageSource messages) {
		this.reopenings = reopenings;
		this.messages = messages;
	}

	/** The page; {@code studentNo} fills the form in, from a review detail page's link. */
	@GetMapping
	String show(SignedInAccount staff, @org.springframework.web.bind.annotation.RequestParam(required = false) String studentNo,
			Model model) {
		var form = new ReopeningForm();
		form.setStudentNo(studentNo);
		model.addAttribute("form", form);
		return page(staff, model);
	}

	@PostMapping
	String reopen(SignedInAccount staff, @ModelAttribute("form") ReopeningForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(staff, model);
		}
		try {
			Reopenings.Granted granted = reopenings.reopen(staff, form.getStudentNo(), form.untilInstant(),
					form.getReason());
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("campaign.reopen.done",
					new Object[] { granted.name(), granted.studentNo(), granted.untilText() },
					LocaleContextHolder.getLocale()));
			return "redirect:/campaigns/reopenings";
		}
		catch (RuleViolationException ex) {
			ex.violations().forEach(v -> errors.rejectValue(v.field(), v.code(), v.args(), null));
			return page(staff, model);
		}
	}

	private String page(SignedInAccount staff, Model model) {
		model.addAttribute("reopenings", reopenings.inScopeOf(staff));
		model.addAttribute("menu", "reopenings");
		return PAGE;
	}
}
