package com.gradverify.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The login form's authentication, delegating to the {@link Authenticator} the token API uses too. */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

	private final Authenticator authenticator;

	AccountAuthenticationProvider(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		// form login's details: the request's remote address, as the servlet container (or a declared proxy) gave it
		if (!(authentication.getDetails() instanceof WebAuthenticationDetails details)) {
			throw new AuthenticationServiceException("form login without the request's details");
		}
		AccountPrincipal principal = authenticator.authenticate(authentication.getName(),
				String.valueOf(authentication.getCredentials()), details.getRemoteAddress());
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
