package com.gradverify.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While an account still has to change its (default or initial) password, pages redirect to the
 * password page and the API refuses everything but the password change with a 403 problem
 * {@code PASSWORD_CHANGE_REQUIRED}.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final RequestMatcher ALLOWED;

	static {
		var paths = PathPatternRequestMatcher.withDefaults();
		ALLOWED = new OrRequestMatcher(paths.matcher(PASSWORD_PAGE), paths.matcher(HttpMethod.POST, "/api/v1/me/password"),
				paths.matcher("/logout"), paths.matcher("/login"), paths.matcher("/error"),
				SecurityConfiguration.STATIC_RESOURCES);
	}

	private final ApiProblemResponses problems;

	PasswordChangeRequiredFilter(ApiProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.passwordChangeRequired() && !ALLOWED.matches(request)) {
			if (SecurityConfiguration.API.matches(request)) {
				problems.write(response, HttpStatus.FORBIDDEN, ApiProblemResponses.PASSWORD_CHANGE_REQUIRED);
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
