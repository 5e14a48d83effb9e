package com.gradverify.account;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as other modules see them outside a request: the demo school's seeding filing
 * applications and decisions through the real services, or an access policy asking for the
 * college of a file's owner.
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

	@Transactional(readOnly = true)
	public Optional<SignedInAccount> byId(long id) {
		return accounts.findById(id).map(StoredAccount::account);
	}
}
