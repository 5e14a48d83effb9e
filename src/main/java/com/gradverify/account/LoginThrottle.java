package com.gradverify.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts login attempts per username typed, for usernames with and without an account alike, so
 * that the lock-out tells nobody which usernames exist. The count lives in PostgreSQL
 * ({@code login_throttle}), so it survives restarts and holds across instances.
 * <p>
 * An attempt is counted <em>before</em> the password is checked, in one atomic upsert: the attempt
 * that reaches {@code maxFailures} locks the username for {@code lockDuration} (a success clears
 * it again), and any attempt beyond it is refused unchecked. So however many attempts arrive at
 * once, at most {@code maxFailures} passwords are tried per lock period.
 */
@Component
class LoginThrottle {

	/** Longer input cannot be an account's username; cutting it keeps the rows small. */
	private static final int KEY_LENGTH = 64;

	/*
	 * Values of t are the row before this attempt. A lock that has ended, or failures older than
	 * the memory, start the count afresh; the attempt that reaches the maximum sets the lock.
	 */
	private static final String ATTEMPT = """
			insert into login_throttle as t (username, attempts, locked_until, last_attempt_at)
			values (:username, 1, case when 1 >= :max then now() + make_interval(secs => :lockSecs) end, now())
			on conflict (username) do update set
			  attempts = case when coalesce(t.locked_until, t.last_attempt_at + make_interval(secs => :memorySecs)) <= now()
			                  then 1 else t.attempts + 1 end,
			  locked_until = case
			      when t.locked_until > now() then t.locked_until
			      when (case when coalesce(t.locked_until, t.last_attempt_at + make_interval(secs => :memorySecs)) <= now()
			                 then 1 else t.attempts + 1 end) >= :max
			        then now() + make_interval(secs => :lockSecs) end,
			  last_attempt_at = now()
			returning attempts, greatest(0, ceil(extract(epoch from coalesce(locked_until, now()) - now())))::bigint as lock_seconds""";

	private final JdbcClient jdbc;

	private final AccountSecurityProperties properties;

	LoginThrottle(JdbcClient jdbc, AccountSecurityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Counts an attempt for this username (already stripped) and says whether it may go ahead. */
	Attempt attempt(String username) {
		String key = key(username);
		return jdbc.sql(ATTEMPT)
			.param("username", key)
			.param("max", properties.maxFailures())
			.param("lockSecs", (double) properties.lockDuration().toSeconds())
			.param("memorySecs", (double) properties.failureMemory().toSeconds())
			.query((rs, row) -> new Attempt(rs.getInt("attempts") <= properties.maxFailures(), rs.getLong("lock_seconds")))
			.single();
	}

	/**
	 * Deletes the rows of failures nobody repeated within the memory (and not locked), a batch at a
	 * time: called after each failure, it removes them faster than failures can add rows.
	 */
	void forgetStale() {
		// the outer condition is checked again on rows a concurrent attempt has just renewed
		jdbc.sql("""
				delete from login_throttle where username in (
				  select username from login_throttle where last_attempt_at < now() - make_interval(secs => :memorySecs)
				  order by last_attempt_at limit 500)
				and last_attempt_at < now() - make_interval(secs => :memorySecs)
				and (locked_until is null or locked_until <= now())""")
			.param("memorySecs", (double) properties.failureMemory().toSeconds())
			.update();
	}

	/** The attempt succeeded, or an administrator reset the password: count from zero again. */
	void clear(String username) {
		jdbc.sql("delete from login_throttle where username = :username").param("username", key(username)).update();
	}

	/**
	 * An administrator unlocks the username: every count and lock it has, whichever client they
	 * came from, so that its owner can sign in at once.
	 */
	void unlock(String username) {
		clear(username);
	}

	boolean locked(String username) {
		return jdbc.sql("select exists (select 1 from login_throttle where username = :username and locked_until > now())")
			.param("username", key(username))
			.query(Boolean.class)
			.single();
	}

	private static String key(String username) {
		return username.codePointCount(0, username.length()) <= KEY_LENGTH ? username
				: username.substring(0, username.offsetByCodePoints(0, KEY_LENGTH));
	}

	/**
	 * One counted attempt: {@code allowed} false means refused unchecked (locked); otherwise
	 * {@code lockSeconds} above zero means this attempt set the lock, which a failure then reports.
	 */
	record Attempt(boolean allowed, long lockSeconds) {

		/** Whole minutes, rounded up so that "1 minute" is shown until the lock really ends. */
		long lockMinutes() {
			return (lockSeconds + 59) / 60;
		}
	}
}
