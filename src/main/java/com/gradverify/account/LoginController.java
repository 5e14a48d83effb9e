package com.gradverify.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.gradverify.shared.web.WeChatBrowser;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The login page (the form posts to Spring Security's /login) and the start page per role. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		Object failure = session.getAttribute(LoginFailureHandler.SESSION_ATTRIBUTE);
		if (failure instanceof LoginFailureHandler.LoginFailure loginFailure) {
			session.removeAttribute(LoginFailureHandler.SESSION_ATTRIBUTE);
			model.addAttribute("failure", loginFailure);
			model.addAttribute("username", loginFailure.username());
		}
		return "account/login";
	}

	/**
	 * Each role's start page; a flash message meant for "/" travels on to it. A student starts at
	 * their home page, in WeChat at the form the official account's menu (毕业去向信息采集) stands for.
	 */
	@GetMapping("/")
	String home(SignedInAccount account, HttpServletRequest request, RedirectAttributes redirect) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash != null) {
			flash.forEach(redirect::addFlashAttribute);
		}
		return switch (account.role()) {
			case STUDENT -> WeChatBrowser.is(request) ? "redirect:/verification" : "redirect:/home";
			case COLLEGE_REVIEWER, SCHOOL_REVIEWER -> "redirect:/reviews";
			case ADMIN -> "redirect:/admin/registry";
		};
	}
}
