package com.gradverify.account;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer …} API requests for this request only: nothing is
 * stored in a session. An unknown or expired token is refused at once with a 401 problem.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final ApiProblemResponses problems;

	BearerTokenFilter(ApiTokens tokens, ApiProblemResponses problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				|| !SecurityConfiguration.API.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiTokens.ValidToken> token = tokens.resolve(header.substring(PREFIX.length()).strip());
		if (token.isEmpty()) {
			problems.write(response, HttpStatus.UNAUTHORIZED, ApiProblemResponses.TOKEN_INVALID);
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new BearerAuthentication(token.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The id of the token that authenticates this request; empty for a session. */
	static OptionalLong tokenId(Authentication authentication) {
		return authentication instanceof BearerAuthentication bearer ? OptionalLong.of(bearer.tokenId)
				: OptionalLong.empty();
	}

	/** An API request authenticated by its bearer token. */
	static final class BearerAuthentication extends AbstractAuthenticationToken {

		private final AccountPrincipal principal;

		private final long tokenId;

		BearerAuthentication(ApiTokens.ValidToken token) {
			super(token.principal().getAuthorities());
			this.principal = token.principal();
			this.tokenId = token.id();
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public AccountPrincipal getPrincipal() {
			return principal;
		}
	}
}
