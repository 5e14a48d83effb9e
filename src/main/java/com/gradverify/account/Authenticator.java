package com.gradverify.account;

import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

/**
 * Username and password checks shared by the login form and the token API, throttled by the
 * {@link LoginThrottle}. From outside, a username without an account behaves exactly like one
 * with a wrong password: the same answers, the same lock-out, and the same work (one account
 * lookup and one password-hash check), so neither the messages nor the timing tell which exist.
 */
@Service
class Authenticator {

	private final AccountRepository accounts;

	private final PasswordVerifier verifier;

	private final LoginThrottle throttle;

	Authenticator(AccountRepository accounts, PasswordVerifier verifier, LoginThrottle throttle) {
		this.accounts = accounts;
		this.verifier = verifier;
		this.throttle = throttle;
	}

	/**
	 * The principal for these credentials, tried from {@code clientAddress}
	 * ({@code request.getRemoteAddr()}, see {@link ClientAddress}).
	 * @throws BadCredentialsException for a wrong password and equally for an unknown or disabled
	 * username
	 * @throws AccountLockedException while the username is locked at this address, or the address
	 * for every username, and for the failure that sets such a lock
	 */
	AccountPrincipal authenticate(String username, String password, String clientAddress) {
		String name = username == null ? "" : username.strip();
		LoginThrottle.Attempt attempt = throttle.attempt(name, clientAddress);
		if (!attempt.allowed()) {
			verifier.matchNothing(password);
			throw new AccountLockedException(attempt.lock().orElseThrow());
		}
		Optional<StoredAccount> account = accounts.findByUsername(name).filter(StoredAccount::enabled);
		boolean matches = account.isPresent() ? verifier.matches(account.get(), password)
				: verifier.matchNothing(password);
		if (!matches) {
			throttle.forgetStale();
			Optional<LoginThrottle.Lock> lockSet = attempt.lock();
			if (lockSet.isPresent()) {
				throw new AccountLockedException(lockSet.get());
			}
			throw new BadCredentialsException("bad credentials");
		}
		throttle.succeeded(name, clientAddress);
		accounts.recordSignIn(account.get().account().id());
		return account.get().principal();
	}
}
