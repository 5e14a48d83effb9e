package com.gradverify.account;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts login attempts twice: per username typed and client address ({@code login_throttle}), and
 * per client address across usernames ({@code login_address_throttle}). Usernames with and without
 * an account count alike, so that a lock-out tells nobody which usernames exist; the first count
 * locks a username at one address only, so that an attacker's failures never lock the owner out
 * at another; the second stops one address from trying a password on many usernames. The counts
 * live in PostgreSQL, so they survive restarts and hold across instances.
 * <p>
 * An attempt is counted in both <em>before</em> the password is checked, each in one atomic
 * upsert: the attempt that reaches a count's maximum sets its lock for {@code lockDuration}, and
 * any attempt beyond it is refused unchecked. So however many attempts arrive at once, at most
 * that many passwords are tried per lock period. A success deletes the username's count at that
 * address and gives its attempt back to the address's count.
 */
@Component
class LoginThrottle {

	/** Longer input cannot be an account's username; cutting it keeps the rows small. */
	private static final int KEY_LENGTH = 64;

	private final JdbcClient jdbc;

	private final AccountSecurityProperties properties;

	LoginThrottle(JdbcClient jdbc, AccountSecurityProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Counts an attempt for this username (already stripped) from this client address
	 * ({@code request.getRemoteAddr()}) and says whether it may go ahead.
	 */
	Attempt attempt(String username, String clientAddress) {
		String name = key(username);
		String address = ClientAddress.key(clientAddress);
		Count perUsername = count(Counter.USERNAME, properties.maxFailures(), properties.failureMemory(), name, address);
		Count perAddress = count(Counter.ADDRESS, properties.maxAddressFailures(), properties.addressFailureMemory(),
				name, address);
		return new Attempt(perUsername, perAddress);
	}

	private Count count(Counter counter, int max, Duration memory, String username, String address) {
		return jdbc.sql(counter.attempt)
			.param("username", username)
			.param("address", address)
			.param("max", max)
			.param("lockSecs", (double) properties.lockDuration().toSeconds())
			.param("memorySecs", (double) memory.toSeconds())
			.query((rs, row) -> new Count(rs.getInt("attempts") <= max, rs.getLong("lock_seconds")))
			.single();
	}

	/** The attempt found the right password: it was no failure. */
	void succeeded(String username, String clientAddress) {
		String address = ClientAddress.key(clientAddress);
		jdbc.sql("delete from login_throttle where username = :username and client_address = :address")
			.param("username", key(username))
			.param("address", address)
			.update();
		// its own attempt back; a lock that attempt set comes off with it
		jdbc.sql("""
				update login_address_throttle set attempts = attempts - 1,
				  locked_until = case when attempts - 1 < :max then null else locked_until end
				where client_address = :address and attempts > 0""")
			.param("address", address)
			.param("max", properties.maxAddressFailures())
			.update();
	}

	/**
	 * Deletes the rows of failures nobody repeated within the memory (and not locked), a batch at a
	 * time: called after each failure, it removes them faster than failures can add rows.
	 */
	void forgetStale() {
		jdbc.sql(Counter.USERNAME.forgetStale)
			.param("memorySecs", (double) properties.failureMemory().toSeconds())
			.update();
		jdbc.sql(Counter.ADDRESS.forgetStale)
			.param("memorySecs", (double) properties.addressFailureMemory().toSeconds())
			.update();
	}

	/**
	 * An administrator reset the password or lifted the lock: the username counts from zero again,
	 * at every address.
	 */
	void clear(String username) {
		jdbc.sql("delete from login_throttle where username = :username").param("username", key(username)).update();
	}

	/** Whether this username is locked at this client address. */
	boolean locked(String username, String clientAddress) {
		return jdbc.sql("""
				select exists (select 1 from login_throttle
				               where username = :username and client_address = :address and locked_until > now())""")
			.param("username", key(username))
			.param("address", ClientAddress.key(clientAddress))
			.query(Boolean.class)
			.single();
	}

	private static String key(String username) {
		return username.codePointCount(0, username.length()) <= KEY_LENGTH ? username
				: username.substring(0, username.offsetByCodePoints(0, KEY_LENGTH));
	}

	/** The two counts, each a table with the same columns and the same counting. */
	private enum Counter {

		USERNAME("login_throttle", "username, client_address", ":username, :address"),

		ADDRESS("login_address_throttle", "client_address", ":address");

		final String attempt;

		final String forgetStale;

		Counter(String table, String key, String keyValues) {
			/*
			 * Values of t are the row before this attempt. A lock that has ended, or failures older
			 * than the memory, start the count afresh; the attempt that reaches the maximum sets the lock.
			 */
			this.attempt = """
					insert into %1$s as t (%2$s, attempts, locked_until, last_attempt_at)
					values (%3$s, 1, case when 1 >= :max then now() + make_interval(secs => :lockSecs) end, now())
					on conflict (%2$s) do update set
					  attempts = case when coalesce(t.locked_until, t.last_attempt_at + make_interval(secs => :memorySecs)) <= now()
					                  then 1 else t.attempts + 1 end,
					  locked_until = case
					      when t.locked_until > now() then t.locked_until
					      when (case when coalesce(t.locked_until, t.last_attempt_at + make_interval(secs => :memorySecs)) <= now()
					                 then 1 else t.attempts + 1 end) >= :max
					        then now() + make_interval(secs => :lockSecs) end,
					  last_attempt_at = now()
					returning attempts, greatest(0, ceil(extract(epoch from coalesce(locked_until, now()) - now())))::bigint as lock_seconds"""
				.formatted(table, key, keyValues);
			// the outer condition is checked again on rows a concurrent attempt has just renewed
			this.forgetStale = """
					delete from %1$s where (%2$s) in (
					  select %2$s from %1$s where last_attempt_at < now() - make_interval(secs => :memorySecs)
					  order by last_attempt_at limit 500)
					and last_attempt_at < now() - make_interval(secs => :memorySecs)
					and (locked_until is null or locked_until <= now())""".formatted(table, key);
		}
	}

	/** What a lock covers: one username at the client's address, or every username there. */
	enum Scope {
		USERNAME, ADDRESS
	}

	/** A lock in force for {@code seconds} more. */
	record Lock(Scope scope, long seconds) {

		/** Whole minutes, rounded up so that "1 minute" is shown until the lock really ends. */
		long minutes() {
			return (seconds + 59) / 60;
		}
	}

	/** One count's answer: {@code lockSeconds} above zero while its lock is on (or this attempt set it). */
	record Count(boolean allowed, long lockSeconds) {
	}

	/** One attempt as both counts saw it. */
	record Attempt(Count perUsername, Count perAddress) {

		/** False: refused unchecked, by the {@link #lock()}. */
		boolean allowed() {
			return perUsername.allowed() && perAddress.allowed();
		}

		/**
		 * For a refused attempt, the lock that refuses it; for an allowed one, the lock it has set
		 * by reaching a maximum, which its failure then reports.
		 */
		Optional<Lock> lock() {
			if (!perUsername.allowed() || (perAddress.allowed() && perUsername.lockSeconds() > 0)) {
				return Optional.of(new Lock(Scope.USERNAME, perUsername.lockSeconds()));
			}
			if (perAddress.lockSeconds() > 0) {
				return Optional.of(new Lock(Scope.ADDRESS, perAddress.lockSeconds()));
			}
			return Optional.empty();
		}
	}
}
