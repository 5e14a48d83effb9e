package com.gradverify.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account holder changing their own password (also how the default password is replaced). The
 * account's other sign-ins end: its other sessions at their next request (the credentials version
 * goes up) and its bearer tokens at once, except the token making the change, if any.
 */
@Service
class PasswordChanges {

	private final AccountRepository accounts;

	private final PasswordVerifier verifier;

	private final ApiTokens tokens;

	private final AuditTrail audit;

	PasswordChanges(AccountRepository accounts, PasswordVerifier verifier, ApiTokens tokens, AuditTrail audit) {
		this.accounts = accounts;
		this.verifier = verifier;
		this.tokens = tokens;
		this.audit = audit;
	}

	/**
	 * Changes the password after checking the current one and the rules; {@code confirmation} may
	 * be null, {@code keptToken} is the bearer token making the change (empty for a session).
	 * Returns the principal as it is now, for the session or token that made the change to go on.
	 * @throws RuleViolationException with one violation per field that is wrong
	 */
	@Transactional
	AccountPrincipal change(long accountId, String current, String newPassword, String confirmation,
			OptionalLong keptToken) {
		StoredAccount account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("account.notFound"));
		List<Violation> violations = new ArrayList<>(PasswordRules.change(current, newPassword, confirmation));
		if (current != null && !current.isEmpty() && !verifier.matches(account, current)) {
			violations.add(0, new Violation("currentPassword", "password.current.wrong"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		long credentialsVersion = accounts.changePassword(accountId, verifier.encode(newPassword));
		keptToken.ifPresentOrElse(kept -> tokens.revokeAllExcept(accountId, kept), () -> tokens.revokeAll(accountId));
		audit.record(account.account().username(), "account.password-changed", "account", String.valueOf(accountId),
				Map.of());
		return account.principal().withPasswordChanged(credentialsVersion);
	}
}
