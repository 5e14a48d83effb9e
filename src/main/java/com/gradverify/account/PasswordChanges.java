package com.gradverify.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account holder changing their own password (also how the default password is replaced). */
@Service
class PasswordChanges {

	private final AccountRepository accounts;

	private final PasswordVerifier verifier;

	private final AuditTrail audit;

	PasswordChanges(AccountRepository accounts, PasswordVerifier verifier, AuditTrail audit) {
		this.accounts = accounts;
		this.verifier = verifier;
		this.audit = audit;
	}

	/**
	 * Changes the password after checking the current one and the rules; {@code confirmation} may
	 * be null. Returns the principal as it is now, no longer required to change its password.
	 * @throws RuleViolationException with one violation per field that is wrong
	 */
	@Transactional
	AccountPrincipal change(long accountId, String current, String newPassword, String confirmation) {
		StoredAccount account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("account.notFound"));
		List<Violation> violations = new ArrayList<>(PasswordRules.change(current, newPassword, confirmation));
		if (current != null && !current.isEmpty() && !verifier.matches(account, current)) {
			violations.add(0, new Violation("currentPassword", "password.current.wrong"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		accounts.changePassword(accountId, verifier.encode(newPassword));
		audit.record(account.account().username(), "account.password-changed", "account", String.valueOf(accountId),
				Map.of());
		return account.principal().withPasswordChanged();
	}
}
