package com.gradverify.account;

/**
 * An account row as authentication needs it. {@code passwordHash} null means the default password
 * (last six of {@code idCard}); {@code credentialsVersion} goes up with every password change.
 */
record StoredAccount(SignedInAccount account, String idCard, String passwordHash, boolean passwordChangeRequired,
		boolean enabled, long credentialsVersion) {

	AccountPrincipal principal() {
		return new AccountPrincipal(account, passwordChangeRequired, credentialsVersion);
	}
}
