package com.gradverify.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of both session and bearer-token authentication. It carries the
 * {@link SignedInAccount} other modules see, whether the password must be changed before
 * anything else, and the account's credentials version at sign-in: a session whose version is no
 * longer the account's ends ({@link CredentialsChangedFilter}). It holds no password hash:
 * authentication checks the database directly.
 */
record AccountPrincipal(SignedInAccount account, boolean passwordChangeRequired, long credentialsVersion)
		implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
	}

	@Override
	public String getPassword() {
		return null;
	}

	@Override
	public String getUsername() {
		return account.username();
	}

	AccountPrincipal withPasswordChanged(long newCredentialsVersion) {
		return new AccountPrincipal(account, false, newCredentialsVersion);
	}
}
