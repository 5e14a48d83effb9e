package com.gradverify.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to existing accounts: reset a password, disable and enable, unlock
 * after failed sign-ins, move a college reviewer to another college. Each change is audited with
 * who did it and to whom, never with a password. Whatever changes what a signed-in account may
 * do raises its credentials version, which ends its sessions ({@link CredentialsChangedFilter}).
 */
@Service
class AccountAdministration {

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final PasswordVerifier passwords;

	private final ApiTokens tokens;

	private final LoginThrottle throttle;

	private final SchoolCatalog colleges;

	private final AuditTrail audit;

	AccountAdministration(JdbcClient jdbc, AccountRepository accounts, PasswordVerifier passwords, ApiTokens tokens,
			LoginThrottle throttle, SchoolCatalog colleges, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.throttle = throttle;
		this.colleges = colleges;
		this.audit = audit;
	}

	/**
	 * A student goes back to the default password; a staff account gets a generated temporary
	 * password, returned here once and stored only hashed. Either must be changed at next login;
	 * the account's sessions and tokens end and a lock from failed logins is lifted.
	 */
	@Transactional
	PasswordReset resetPassword(long accountId, String actor) {
		StoredAccount account = found(accountId);
		String temporary = null;
		if (account.account().role() == Role.STUDENT) {
			accounts.resetStudentToDefault(accountId).orElseThrow(AccountAdministration::notFound);
		}
		else {
			temporary = TemporaryPasswords.generate(account.account().username());
			accounts.resetStaffPassword(accountId, passwords.encode(temporary)).orElseThrow(AccountAdministration::notFound);
		}
		tokens.revokeAll(accountId);
		throttle.clear(account.account().username());
		record(actor, "account.password-reset", account,
				Map.of("password", temporary == null ? "DEFAULT" : "TEMPORARY"));
		return new PasswordReset(accountId, account.account().username(), temporary);
	}

	/**
	 * The account can no longer sign in; its sessions and tokens end. Disabling a disabled account
	 * changes nothing.
	 * @throws ConflictException {@code account.lastAdmin} for the last enabled administrator
	 */
	@Transactional
	void disable(long accountId, String actor) {
		StoredAccount account = found(accountId);
		if (account.account().role() == Role.ADMIN) {
			keepAnotherAdministrator(accountId);
		}
		Optional<String> disabled = jdbc.sql("""
				update account set enabled = false, updated_at = now(),
				  credentials_version = credentials_version + 1, version = version + 1
				where id = :id and enabled returning username""")
			.param("id", accountId)
			.query(String.class)
			.optional();
		if (disabled.isPresent()) {
			tokens.revokeAll(accountId);
			record(actor, "account.disabled", account, Map.of());
		}
	}

	/** The account can sign in again (with its password; its old sessions and tokens stay ended). */
	@Transactional
	void enable(long accountId, String actor) {
		StoredAccount account = found(accountId);
		int enabled = jdbc.sql("update account set enabled = true, updated_at = now(), version = version + 1 "
				+ "where id = :id and not enabled")
			.param("id", accountId)
			.update();
		if (enabled > 0) {
			record(actor, "account.enabled", account, Map.of());
		}
	}

	/** Lifts the lock that failed sign-ins put on the account's username, so its owner can sign in at once. */
	@Transactional
	void unlock(long accountId, String actor) {
		StoredAccount account = found(accountId);
		throttle.clear(account.account().username());
		record(actor, "account.unlocked", account, Map.of());
	}

	/**
	 * Moves a college reviewer to another college: from then on they review that college's
	 * applications. Their sessions end, since a session keeps the college it signed in with.
	 * @throws NotFoundException {@code account.collegeReviewer.notFound} unless a college reviewer
	 * @throws RuleViolationException (field {@code college}) for a blank or unknown college
	 */
	@Transactional
	void changeCollege(long accountId, String collegeName, String actor) {
		Long from = jdbc.sql("select college_id from account where id = :id and role = 'COLLEGE_REVIEWER' for update")
			.param("id", accountId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("account.collegeReviewer.notFound"));
		SchoolCatalog.College to = college(collegeName);
		if (to.id() == from) {
			return;
		}
		jdbc.sql("""
				update account set college_id = :college, updated_at = now(),
				  credentials_version = credentials_version + 1, version = version + 1
				where id = :id""")
			.param("college", to.id())
			.param("id", accountId)
			.update();
		Map<String, Object> details = new HashMap<>();
		details.put("fromCollege", colleges.college(from).map(SchoolCatalog.College::name).orElse(null));
		details.put("toCollege", to.name());
		record(actor, "account.college-changed", found(accountId), details);
	}

	/**
	 * Locks the rows of the enabled administrators, so that of two requests disabling the last
	 * two at once the second waits for the first and then sees only one left.
	 */
	private void keepAnotherAdministrator(long accountId) {
		List<Long> enabledAdmins = jdbc.sql("select id from account where role = 'ADMIN' and enabled order by id for update")
			.query(Long.class)
			.list();
		if (enabledAdmins.size() == 1 && enabledAdmins.get(0) == accountId) {
			throw new ConflictException("account.lastAdmin");
		}
	}

	private SchoolCatalog.College college(String name) {
		if (name == null || name.isBlank()) {
			throw new RuleViolationException(List.of(new Violation("college", "account.college.required")));
		}
		return colleges.collegeByName(name.strip())
			.orElseThrow(() -> new RuleViolationException(List.of(new Violation("college", "account.college.unknown"))));
	}

	private StoredAccount found(long accountId) {
		return accounts.findById(accountId).orElseThrow(AccountAdministration::notFound);
	}

	private void record(String actor, String action, StoredAccount account, Map<String, ?> extra) {
		Map<String, Object> details = new HashMap<>(extra);
		details.put("username", account.account().username());
		details.put("role", account.account().role().name());
		audit.record(actor, action, "account", String.valueOf(account.account().id()), details);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("account.notFound");
	}

	/** A reset: {@code temporaryPassword} is null for a student, who is back on the default password. */
	record PasswordReset(long accountId, String username, String temporaryPassword) {
	}
}
