package com.gradverify.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads accounts for authentication and writes their password and throttling state. */
@Repository
class AccountRepository {

	private static final String SELECT = """
			select id, username, display_name, role, college_id, graduation_year, id_card, password_hash,
			       password_change_required, enabled,
			       greatest(0, ceil(extract(epoch from coalesce(locked_until, now()) - now())))::bigint as lock_seconds
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

	/**
	 * Counts one failed attempt atomically; the attempt that reaches {@code maxFailures} locks the
	 * account for {@code lockDuration} and starts a fresh count for after the lock. Returns the
	 * seconds the account is now locked for (0 if not locked).
	 */
	long recordFailure(long id, int maxFailures, Duration lockDuration) {
		return jdbc.sql("""
				update account set
				  locked_until = case when failed_attempts + 1 >= :max then now() + make_interval(secs => :secs)
				                      else locked_until end,
				  failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end
				where id = :id
				returning greatest(0, ceil(extract(epoch from coalesce(locked_until, now()) - now())))::bigint""")
			.param("id", id)
			.param("max", maxFailures)
			.param("secs", (double) lockDuration.toSeconds())
			.query(Long.class)
			.single();
	}

	void recordSuccess(long id) {
		jdbc.sql("""
				update account set failed_attempts = 0, locked_until = null
				where id = :id and (failed_attempts <> 0 or locked_until is not null)""")
			.param("id", id)
			.update();
	}

	void changePassword(long id, String passwordHash) {
		jdbc.sql("""
				update account set password_hash = :hash, password_change_required = false, updated_at = now(),
				  version = version + 1
				where id = :id""")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	/** Back to the default password (hash null), to be changed at next login; only for students. */
	boolean resetStudentToDefault(long id) {
		return jdbc.sql("""
				update account set password_hash = null, password_change_required = true, failed_attempts = 0,
				  locked_until = null, updated_at = now(), version = version + 1
				where id = :id and role = 'STUDENT'""")
			.param("id", id)
			.update() == 1;
	}

	private StoredAccount map(ResultSet rs, int row) throws SQLException {
		var account = new SignedInAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("college_id", Long.class),
				rs.getObject("graduation_year", Integer.class));
		return new StoredAccount(account, rs.getString("id_card"), rs.getString("password_hash"),
				rs.getBoolean("password_change_required"), rs.getBoolean("enabled"), rs.getLong("lock_seconds"));
	}
}
