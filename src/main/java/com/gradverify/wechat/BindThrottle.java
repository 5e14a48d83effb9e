package com.gradverify.wechat;

import java.time.Duration;

import com.gradverify.shared.TooManyAttemptsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits binding attempts per openid and per 学号 to {@value #MAX_ATTEMPTS} within a fixed window
 * that starts with the first attempt. Each attempt is counted <em>before</em> it is checked, in
 * one upsert per counter that PostgreSQL serialises on the counter's row: however many attempts
 * arrive at once, at most {@value #MAX_ATTEMPTS} per window go on to be checked. A successful
 * binding clears its counters.
 */
@Component
class BindThrottle {

	static final int MAX_ATTEMPTS = 5;

	static final Duration WINDOW = Duration.ofHours(1);

	/** t is the row before this attempt; a window that has ended starts afresh. */
	private static final String COUNT = """
			insert into wechat_bind_throttle as t (scope, key, attempts, window_ends_at)
			values (:scope, :key, 1, now() + make_interval(secs => :windowSecs))
			on conflict (scope, key) do update set
			  attempts = case when t.window_ends_at <= now() then 1 else t.attempts + 1 end,
			  window_ends_at = case when t.window_ends_at <= now() then now() + make_interval(secs => :windowSecs)
			                        else t.window_ends_at end
			returning attempts, ceil(extract(epoch from window_ends_at - now()) / 60)::bigint as minutes_left""";

	enum Scope {
		OPENID, STUDENT_NO
	}

	private final JdbcClient jdbc;

	BindThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one attempt against each counter, outside any transaction so that the count stands
	 * whatever happens next.
	 * @throws TooManyAttemptsException when either counter is beyond the limit (the attempt is not
	 * to be checked)
	 */
	void count(String openid, String studentNo) {
		forgetEnded();
		long openidWait = count(Scope.OPENID, openid);
		long studentNoWait = count(Scope.STUDENT_NO, studentNo);
		long wait = Math.max(openidWait, studentNoWait);
		if (wait > 0) {
			throw new TooManyAttemptsException("wechat.bind.throttled", wait);
		}
	}

	void clear(String openid, String studentNo) {
		jdbc.sql("""
				delete from wechat_bind_throttle
				where (scope = 'OPENID' and key = :openid) or (scope = 'STUDENT_NO' and key = :studentNo)""")
			.param("openid", openid)
			.param("studentNo", studentNo)
			.update();
	}

	/** Minutes until this counter's window ends if the attempt is beyond the limit, else 0. */
	private long count(Scope scope, String key) {
		return jdbc.sql(COUNT)
			.param("scope", scope.name())
			.param("key", key)
			.param("windowSecs", (double) WINDOW.toSeconds())
			.query((rs, row) -> rs.getInt("attempts") > MAX_ATTEMPTS ? Math.max(1, rs.getLong("minutes_left")) : 0L)
			.single();
	}

	/** Deletes counters whose window has ended, a batch at a time, so the table holds recent ones only. */
	private void forgetEnded() {
		jdbc.sql("""
				delete from wechat_bind_throttle where (scope, key) in (
				  select scope, key from wechat_bind_throttle where window_ends_at <= now() limit 500)
				and window_ends_at <= now()""")
			.update();
	}
}
