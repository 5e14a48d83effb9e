package com.gradverify.account;

/**
 * An account row as authentication needs it. {@code passwordHash} null means the default password
 * (last six of {@code idCard}); {@code lockSecondsRemaining} is computed by the database clock
 * so that every instance agrees.
 */
record StoredAccount(SignedInAccount account, String idCard, String passwordHash, boolean passwordChangeRequired,
		boolean enabled, long lockSecondsRemaining) {

	boolean locked() {
		return lockSecondsRemaining > 0;
	}

	/** Whole minutes left, rounded up so that "1 minute" is shown until the lock really ends. */
	long lockMinutesRemaining() {
		return (lockSecondsRemaining + 59) / 60;
	}

	AccountPrincipal principal() {
		return new AccountPrincipal(account, passwordChangeRequired);
	}
}
