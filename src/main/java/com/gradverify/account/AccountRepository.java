package com.gradverify.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads accounts for authentication and writes their passwords. */
@Repository
class AccountRepository {

	private static final String SELECT = """
			select id, username, display_name, role, college_id, graduation_year, id_card, password_hash,
			       password_change_required, enabled, credentials_version
			from account""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredAccount> findByUsername(String username) {
		return jdbc.sql(SELECT + " where username = :username").param("username", username).query(this::map).optional();
	}

	Optional<StoredAccount> findById(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional();
	}

	/** The display names of the accounts with these usernames; unknown usernames are absent. */
	Map<String, String> displayNames(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select username, display_name from account where username = any(:usernames)")
			.param("usernames", usernames.stream().distinct().toArray(String[]::new))
			.query(rs -> {
				names.put(rs.getString("username"), rs.getString("display_name"));
			});
		return names;
	}

	/** The credentials version of an enabled account, or empty if it is gone or disabled. */
	Optional<Long> credentialsVersion(long id) {
		return jdbc.sql("select credentials_version from account where id = :id and enabled")
			.param("id", id)
			.query(Long.class)
			.optional();
	}

	/** Notes the account's first sign-in; later ones change nothing (and write nothing). */
	void recordSignIn(long id) {
		jdbc.sql("update account set first_signed_in_at = now() where id = :id and first_signed_in_at is null")
			.param("id", id)
			.update();
	}

	/** Stores the new password; returns the new credentials version, which ends the account's other sessions. */
	long changePassword(long id, String passwordHash) {
		return jdbc.sql("""
				update account set password_hash = :hash, password_change_required = false, updated_at = now(),
				  credentials_version = credentials_version + 1, version = version + 1
				where id = :id
				returning credentials_version""")
			.param("hash", passwordHash)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/**
	 * Back to the default password (hash null), to be changed at next login; only for students. Their
	 * sessions end. Returns the username, or empty if there is no such student.
	 */
	Optional<String> resetStudentToDefault(long id) {
		return jdbc.sql("""
				update account set password_hash = null, password_change_required = true, updated_at = now(),
				  credentials_version = credentials_version + 1, version = version + 1
				where id = :id and role = 'STUDENT'
				returning username""")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * A new password chosen by the application for a staff account, to be changed at next login.
	 * Its sessions end. Returns the username, or empty if there is no such staff account.
	 */
	Optional<String> resetStaffPassword(long id, String passwordHash) {
		return jdbc.sql("""
				update account set password_hash = :hash, password_change_required = true, updated_at = now(),
				  credentials_version = credentials_version + 1, version = version + 1
				where id = :id and role <> 'STUDENT'
				returning username""")
			.param("hash", passwordHash)
			.param("id", id)
			.query(String.class)
			.optional();
	}

	private StoredAccount map(ResultSet rs, int row) throws SQLException {
		var account = new SignedInAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("college_id", Long.class),
				rs.getObject("graduation_year", Integer.class));
		return new StoredAccount(account, rs.getString("id_card"), rs.getString("password_hash"),
				rs.getBoolean("password_change_required"), rs.getBoolean("enabled"), rs.getLong("credentials_version"));
	}
}
