package com.gradverify.account;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where account holders change their password; the first login ends up here. */
@Controller
@RequestMapping(PasswordChangeRequiredFilter.PASSWORD_PAGE)
class PasswordController {

	private static final String VIEW = "account/password";

	private final PasswordChanges passwords;

	private final SessionPrincipals sessions;

	private final MessageSource messages;

	PasswordController(PasswordChanges passwords, SessionPrincipals sessions, MessageSource messages) {
		this.passwords = passwords;
		this.sessions = sessions;
		this.messages = messages;
	}

	@GetMapping
	String form(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return view(principal, model);
	}

	private static String view(AccountPrincipal principal, Model model) {
		model.addAttribute("required", principal.passwordChangeRequired());
		// only students start with a default password derived from the 身份证号
		model.addAttribute("defaultPassword", principal.passwordChangeRequired() && principal.account().is(Role.STUDENT));
		return VIEW;
	}

	@PostMapping
	String change(@AuthenticationPrincipal AccountPrincipal principal, @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			AccountPrincipal changed = passwords.change(principal.account().id(), form.getCurrentPassword(),
					form.getNewPassword(), form.getConfirmPassword() == null ? "" : form.getConfirmPassword(),
					OptionalLong.empty(), request.getRemoteAddr());
			sessions.replace(changed, request, response);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex.violations());
			return view(principal, model);
		}
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("password.changed", null, LocaleContextHolder.getLocale()));
		return "redirect:/";
	}
}
