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

	private final LoginThrottle throttle;

	PasswordChanges(AccountRepository accounts, PasswordVerifier verifier, ApiTokens tokens, AuditTrail audit,
			LoginThrottle throttle) {
		this.accounts = accounts;
		this.verifier = verifier;
		this.tokens = tokens;
		this.audit = audit;
		this.throttle = throttle;
	}

	/**
	 * Changes the password after checking the current one and the rules; {@code confirmation} may
	 * be null, {@code keptToken} is the bearer token making the change (empty for a session),
	 * {@code clientAddress} the request's remote address, for the throttle of the current password.
	 * Returns the principal as it is now, for the session or token that made the change to go on.
	 * @throws RuleViolationException with one violation per field that is wrong
	 */
	@Transactional(noRollbackFor = RuleViolationException.class) // a refusal still counts the attempt
	AccountPrincipal change(long accountId, String current, String newPassword, String confirmation,
			OptionalLong keptToken, String clientAddress) {
		StoredAccount account = accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("account.notFound"));
		List<Violation> violations = new ArrayList<>(PasswordRules.change(current, newPassword, confirmation,
				PasswordRules.Owner.of(account)));
		if (current != null && !current.isEmpty()) {
			violations.addAll(0, checkCurrent(account, current, clientAddress));
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

	/**
	 * The current password is tried under the same throttle as the login, so that a session left
	 * open on a shared computer cannot be used to guess it.
	 */
	private List<Violation> checkCurrent(StoredAccount account, String current, String clientAddress) {
		String username = account.account().username();
		LoginThrottle.Attempt attempt = throttle.attempt(username, clientAddress);
		if (!attempt.allowed()) {
			verifier.matchNothing(current);
			return List.of(locked(attempt.lock().orElseThrow()));
		}
		if (!verifier.matches(account, current)) {
			return List.of(attempt.lock().map(PasswordChanges::locked)
				.orElseGet(() -> new Violation("currentPassword", "password.current.wrong")));
		}
		throttle.succeeded(username, clientAddress);
		return List.of();
	}

	private static Violation locked(LoginThrottle.Lock lock) {
		return new Violation("currentPassword", lock.scope() == LoginThrottle.Scope.ADDRESS
				? "password.current.addressLocked" : "password.current.locked", lock.minutes());
	}
}
