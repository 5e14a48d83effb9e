package com.gradverify.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * An authenticated session for a {@link SignedInAccount}, as the account module builds it at login,
 * for tests of other modules: {@code SecurityMockMvcRequestPostProcessors.authentication(of(account))}.
 */
public final class SignedInAuthentication {

	private SignedInAuthentication() {
	}

	public static Authentication of(SignedInAccount account) {
		var principal = new AccountPrincipal(account, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}
}
