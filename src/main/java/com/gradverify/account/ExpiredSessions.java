package com.gradverify.account;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the sessions stored in PostgreSQL once they have expired (with
 * {@code gradverify.session.store=jdbc}). Every node schedules it every
 * {@code gradverify.session.cleanup-interval} (default 5 minutes); it runs on one node at a time and
 * at most once per half interval cluster-wide, whichever node comes first.
 */
@Component
@ConditionalOnProperty(name = "gradverify.session.store", havingValue = "jdbc")
public class ExpiredSessions {

	static final String JOB = "expired-sessions";

	private static final Logger log = LoggerFactory.getLogger(ExpiredSessions.class);

	private final AccountJobs jobs;

	private final JdbcClient jdbc;

	private final Duration period;

	ExpiredSessions(AccountJobs jobs, JdbcClient jdbc,
			@Value("${gradverify.session.cleanup-interval:5m}") Duration interval) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.period = interval.dividedBy(2);
	}

	@Scheduled(fixedDelayString = "${gradverify.session.cleanup-interval:5m}",
			initialDelayString = "${gradverify.session.cleanup-interval:5m}")
	void onSchedule() {
		try {
			removeExpired().filter(removed -> removed > 0)
				.ifPresent(removed -> log.debug("Removed {} expired session(s)", removed));
		}
		catch (RuntimeException ex) {
			// the database is away: the next round tries again
			log.debug("Expired session clean-up failed ({})", ex.getClass().getName());
		}
	}

	/**
	 * Removes the expired sessions now, unless another node is doing so or did within the period;
	 * answers how many were removed, or empty when this node skipped.
	 */
	public Optional<Integer> removeExpired() {
		return jobs.runOncePer(JOB, period, () -> jdbc.sql("delete from spring_session where expiry_time < :now")
			.param("now", System.currentTimeMillis())
			.update());
	}
}
