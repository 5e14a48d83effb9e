package com.gradverify.account;

import org.springframework.security.authentication.LockedException;

/**
 * Too many failed logins: the username refuses logins from this client address, or the address
 * refuses them for every username ({@link #byAddress()}), for {@code minutesRemaining} more minutes.
 */
class AccountLockedException extends LockedException {

	private final long minutesRemaining;

	private final boolean byAddress;

	AccountLockedException(LoginThrottle.Lock lock) {
		super("account locked");
		this.minutesRemaining = lock.minutes();
		this.byAddress = lock.scope() == LoginThrottle.Scope.ADDRESS;
	}

	long minutesRemaining() {
		return minutesRemaining;
	}

	/** The whole client address is locked, not only this username there. */
	boolean byAddress() {
		return byAddress;
	}

	/** The message code that says so, with the minutes as its argument. */
	String messageCode() {
		return byAddress ? "login.error.addressLocked" : "login.error.locked";
	}
}
