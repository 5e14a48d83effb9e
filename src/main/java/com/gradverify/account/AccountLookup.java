package com.gradverify.account;

import java.util.Collection;
import java.util.Map;
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

	/**
	 * The display names (姓名 of staff and students) of the accounts with these usernames, in one
	 * query, for lists that name who decided; usernames without an account are absent.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> displayNames(Collection<String> usernames) {
		return accounts.displayNames(usernames);
	}

	/**
	 * The account's college now, for a new application: a session's copy may predate an import
	 * that moved the student to another college. Null when it has none.
	 */
	@Transactional(readOnly = true)
	public Long currentCollegeId(long accountId) {
		return byId(accountId).map(SignedInAccount::collegeId).orElse(null);
	}
}
