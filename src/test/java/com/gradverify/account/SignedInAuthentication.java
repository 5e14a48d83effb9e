package com.gradverify.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * An authenticated session for a {@link SignedInAccount}, as the account module builds it at login,
 * for tests of other modules: {@code SecurityMockMvcRequestPostProcessors.authentication(of(account))}.
 * The account's password must never have changed (credentials version 0, as every test account
 * inserted directly has), or the session counts as ended.
 */
public final class SignedInAuthentication {

	private SignedInAuthentication() {
	}

	public static Authentication of(SignedInAccount account) {
		var principal = new AccountPrincipal(account, false, 0);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/**
	 * MockMvc for {@code controllers} and their {@code advice} without a context, {@code account}
	 * signed in (in the security context, which the test clears after) and resolved as the
	 * application resolves {@link SignedInAccount} parameters.
	 */
	public static MockMvc standalone(SignedInAccount account, Object advice, Object... controllers) {
		SecurityContextHolder.getContext().setAuthentication(of(account));
		return MockMvcBuilders.standaloneSetup(controllers)
			.setControllerAdvice(advice)
			.setCustomArgumentResolvers(new SignedInAccountArgumentResolver())
			.build();
	}
}
