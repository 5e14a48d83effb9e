package com.gradverify.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
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
		AccountPrincipal principal = authenticator.authenticate(authentication.getName(),
				String.valueOf(authentication.getCredentials()));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
