package com.gradverify.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the pages how long their session lasts without a request (the session's own setting, so
 * whatever configures it), so that form pages warn before it ends.
 */
@ControllerAdvice
class SessionLifetimeModel {

	@ModelAttribute("sessionTimeoutSeconds")
	Integer sessionTimeoutSeconds(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getMaxInactiveInterval();
	}
}
