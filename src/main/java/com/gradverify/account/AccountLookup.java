package com.gradverify.account;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the other modules act for them outside a request, e.g. the demo school's seeding
 * filing applications and decisions through the real services.
 */
@Service
public class AccountLookup {

	private final AccountRepository accounts;

	AccountLookup(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public Optional<SignedInAccount> byUsername(String username) {
		return accounts.findByUsername(username).map(StoredAccount::account);
	}
}
