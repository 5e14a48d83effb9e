package com.gradverify.account;

import org.springframework.security.authentication.LockedException;

/** Too many failed logins: the account refuses logins for {@code minutesRemaining} more minutes. */
class AccountLockedException extends LockedException {

	private final long minutesRemaining;

	AccountLockedException(long minutesRemaining) {
		super("account locked");
		this.minutesRemaining = minutesRemaining;
	}

	long minutesRemaining() {
		return minutesRemaining;
	}
}
