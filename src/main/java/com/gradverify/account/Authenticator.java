package com.gradverify.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

/**
 * Username and password checks shared by the login form and the token API, with throttling:
 * {@code maxFailures} consecutive failures lock the account for {@code lockDuration}. The lock
 * is kept in the account row, so it survives restarts and holds across instances.
 */
@Service
class Authenticator {

	private final AccountRepository accounts;

	private final PasswordVerifier verifier;

	private final AccountSecurityProperties properties;

	Authenticator(AccountRepository accounts, PasswordVerifier verifier, AccountSecurityProperties properties) {
		this.accounts = accounts;
		this.verifier = verifier;
		this.properties = properties;
	}

	/**
	 * The principal for these credentials.
	 * @throws BadCredentialsException for a wrong password and equally for an unknown or disabled
	 * username, so that the answer does not reveal which usernames exist
	 * @throws AccountLockedException while the account is locked, and for the attempt that locks it
	 */
	AccountPrincipal authenticate(String username, String password) {
		var found = accounts.findByUsername(username == null ? "" : username.strip());
		if (found.isEmpty() || !found.get().enabled()) {
			verifier.matchNothing(password);
			throw new BadCredentialsException("bad credentials");
		}
		StoredAccount account = found.get();
		if (account.locked()) {
			verifier.matchNothing(password);
			throw new AccountLockedException(account.lockMinutesRemaining());
		}
		if (!verifier.matches(account, password)) {
			long lockSeconds = accounts.recordFailure(account.account().id(), properties.maxFailures(),
					properties.lockDuration());
			if (lockSeconds > 0) {
				throw new AccountLockedException((lockSeconds + 59) / 60);
			}
			throw new BadCredentialsException("bad credentials");
		}
		accounts.recordSuccess(account.account().id());
		return account.principal();
	}
}
