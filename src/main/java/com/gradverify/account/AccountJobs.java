package com.gradverify.account;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the account module's background jobs once cluster-wide ({@code account_job}): a node claims
 * a run by locking the job's row ({@code FOR UPDATE SKIP LOCKED}) and moving its
 * {@code last_run_at} forward, and does the work in that same transaction. Another node asking
 * meanwhile finds the row locked and skips at once; one asking later in the period finds it done.
 * Only transaction-scoped locks, so this works through a transaction-pooling PgBouncer too.
 */
@Component
class AccountJobs {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	AccountJobs(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/**
	 * Runs {@code work} (which must not return null) unless the job is running on another node or has
	 * run anywhere within the last {@code period}; empty when skipped.
	 */
	<T> Optional<T> runOncePer(String job, Duration period, Supplier<T> work) {
		return transactions.execute(tx -> {
			Optional<Boolean> due = jdbc.sql("""
					select last_run_at <= now() - make_interval(secs => :seconds) from account_job
					where name = :name for update skip locked""")
				.param("name", job)
				.param("seconds", period.toMillis() / 1000.0)
				.query(Boolean.class)
				.optional();
			if (!due.orElse(false)) {
				return Optional.empty();
			}
			jdbc.sql("update account_job set last_run_at = now() where name = :name").param("name", job).update();
			return Optional.of(work.get());
		});
	}
}
