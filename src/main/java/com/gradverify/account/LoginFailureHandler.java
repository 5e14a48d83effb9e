package com.gradverify.account;

import java.io.IOException;
import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed login back to the form with the reason (wrong credentials, or the username or the
 * whole client address locked, and for how long) and the username typed, kept in the session for the next page view only.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String SESSION_ATTRIBUTE = LoginFailure.class.getName();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		LoginFailure failure = ex instanceof AccountLockedException locked
				? new LoginFailure(locked.messageCode(), locked.minutesRemaining(), request.getParameter("username"))
				: new LoginFailure("login.error.badCredentials", 0, request.getParameter("username"));
		request.getSession().setAttribute(SESSION_ATTRIBUTE, failure);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Why the last login failed: a message code with its minutes argument, and the username typed. */
	record LoginFailure(String messageCode, long minutes, String username) implements Serializable {
	}
}
