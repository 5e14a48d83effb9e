package com.gradverify.account;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The account of the current request, for code that has no controller parameter to take it from
 * (services, event listeners running in the request thread). Controllers should declare a
 * {@link SignedInAccount} parameter instead.
 */
public final class CurrentAccount {

	private CurrentAccount() {
	}

	public static Optional<SignedInAccount> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.account());
		}
		return Optional.empty();
	}

	/** The current account; fails if the request is not authenticated. */
	public static SignedInAccount require() {
		return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in account"));
	}
}
