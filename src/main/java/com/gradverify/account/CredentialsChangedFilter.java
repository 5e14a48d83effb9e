package com.gradverify.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session once its account's password has changed elsewhere (an administrator's
 * reset, or the owner in another session) or the account is gone or disabled: the session is
 * invalidated and the request goes on unauthenticated, so pages redirect to the login page and
 * the API answers 401. One primary-key read per signed-in request; static resources, which need
 * no account, are skipped. Bearer tokens are not checked here: their account is read afresh on
 * every request and a password change revokes them.
 */
class CredentialsChangedFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CredentialsChangedFilter.class);

	private final AccountRepository accounts;

	CredentialsChangedFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SecurityConfiguration.STATIC_RESOURCES.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof BearerTokenFilter.BearerAuthentication)
				&& authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& !accounts.credentialsVersion(principal.account().id())
					.map(current -> current == principal.credentialsVersion())
					.orElse(false)) {
			log.info("Ending a session of account {}: its password changed or it was disabled",
					principal.account().id());
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}
}
