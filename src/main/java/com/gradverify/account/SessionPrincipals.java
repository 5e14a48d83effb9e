package com.gradverify.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the principal kept in the browser session after it changed (e.g. the password was
 * changed, so pages are no longer redirected). Token requests keep no session and are left alone.
 */
@Component
class SessionPrincipals {

	private final SecurityContextRepository repository;

	SessionPrincipals(SecurityContextRepository repository) {
		this.repository = repository;
	}

	void replace(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenFilter.BearerAuthentication) {
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}
}
