package com.gradverify.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating reviewer and administrator accounts, one at a time or many from a file ({@link ReviewerImport}). */
@Service
class StaffAccountService implements StaffAccounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");

	private final JdbcClient jdbc;

	private final SchoolCatalog colleges;

	private final PasswordVerifier passwords;

	private final AuditTrail audit;

	StaffAccountService(JdbcClient jdbc, SchoolCatalog colleges, PasswordVerifier passwords, AuditTrail audit) {
		this.jdbc = jdbc;
		this.colleges = colleges;
		this.passwords = passwords;
		this.audit = audit;
	}

	/**
	 * Creates the account and returns its id.
	 * @throws RuleViolationException per field (username, displayName, role, college, password)
	 * @throws ConflictException if the username is taken
	 */
	@Transactional
	long create(NewStaffAccount account, String actor) {
		return insert(check(account), actor).orElseThrow(() -> new ConflictException("account.username.taken", account.username()));
	}

	@Override
	@Transactional
	public boolean createIfAbsent(String username, String displayName, Role role, String collegeName,
			String rawPassword, boolean mustChangePassword) {
		return insert(check(new NewStaffAccount(username, displayName, role, collegeName, rawPassword,
				mustChangePassword)), "system")
			.isPresent();
	}

	/**
	 * Creates the checked accounts, each audited; returns for each, in order, its id or empty if
	 * the username is taken.
	 */
	@Transactional
	List<Optional<Long>> createAll(List<CheckedAccount> checked, String actor) {
		return checked.stream().map(account -> insert(account, actor)).toList();
	}

	/**
	 * Checks every field of the account and resolves its college.
	 * @throws RuleViolationException per field (username, displayName, role, college, password)
	 */
	CheckedAccount check(NewStaffAccount account) {
		return new CheckedAccount(account, validate(account));
	}

	/** The id of the new account, or empty if the username is taken (the unique constraint decides). */
	private Optional<Long> insert(CheckedAccount checked, String actor) {
		NewStaffAccount account = checked.account();
		Long collegeId = checked.collegeId();
		Optional<Long> id = jdbc.sql("""
				insert into account (username, display_name, role, college_id, password_hash, password_change_required)
				values (:username, :displayName, :role, :collegeId, :hash, :mustChange)
				on conflict (username) do nothing returning id""")
			.param("username", account.username().strip())
			.param("displayName", account.displayName().strip())
			.param("role", account.role().name())
			.param("collegeId", collegeId)
			.param("hash", passwords.encode(account.rawPassword()))
			.param("mustChange", account.mustChangePassword())
			.query(Long.class)
			.optional();
		id.ifPresent(created -> {
			Map<String, Object> details = new HashMap<>();
			details.put("username", account.username().strip());
			details.put("role", account.role().name());
			details.put("college", collegeId == null ? null : account.collegeName());
			audit.record(actor, "account.created", "account", String.valueOf(created), details);
		});
		return id;
	}

	/** Checks every field and returns the college id (null unless a college reviewer). */
	private Long validate(NewStaffAccount account) {
		List<Violation> violations = new ArrayList<>();
		if (isBlank(account.username())) {
			violations.add(new Violation("username", "account.username.required"));
		}
		else if (!USERNAME.matcher(account.username().strip()).matches()) {
			violations.add(new Violation("username", "account.username.format"));
		}
		if (isBlank(account.displayName())) {
			violations.add(new Violation("displayName", "account.displayName.required"));
		}
		else if (account.displayName().strip().length() > 100) {
			violations.add(new Violation("displayName", "account.displayName.tooLong"));
		}
		if (account.role() == null || account.role() == Role.STUDENT) {
			violations.add(new Violation("role", "account.role.staffOnly"));
		}
		Long collegeId = null;
		if (account.role() == Role.COLLEGE_REVIEWER) {
			if (isBlank(account.collegeName())) {
				violations.add(new Violation("college", "account.college.required"));
			}
			else {
				collegeId = colleges.collegeByName(account.collegeName().strip()).map(SchoolCatalog.College::id).orElse(null);
				if (collegeId == null) {
					violations.add(new Violation("college", "account.college.unknown"));
				}
			}
		}
		violations.addAll(PasswordRules.strength("password", account.rawPassword(),
				new PasswordRules.Owner(account.username(), null)));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return collegeId;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/** An account whose fields passed {@link #check}, with its college's id (null unless a college reviewer). */
	static final class CheckedAccount {

		private final NewStaffAccount account;

		private final Long collegeId;

		private CheckedAccount(NewStaffAccount account, Long collegeId) {
			this.account = account;
			this.collegeId = collegeId;
		}

		NewStaffAccount account() {
			return account;
		}

		Long collegeId() {
			return collegeId;
		}
	}

	record NewStaffAccount(String username, String displayName, Role role, String collegeName, String rawPassword,
			boolean mustChangePassword) {
	}
}
