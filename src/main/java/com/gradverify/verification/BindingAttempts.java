package com.gradverify.verification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.TooManyAttemptsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Binding attempts per account, so that nobody can go on trying other people's identity data. */
@Component
class BindingAttempts {

	static final int MAX_FAILED_ATTEMPTS = 10;

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	BindingAttempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void requireAttemptsLeft(SignedInAccount student) {
		Integer failures = jdbc.sql("""
				select count(*) from binding_attempt
				where account_id = :account and not succeeded and attempted_at > :since""")
			.param("account", student.id())
			.param("since", Timestamp.from(Instant.now().minus(WINDOW)))
			.query(Integer.class)
			.single();
		if (failures >= MAX_FAILED_ATTEMPTS) {
			throw new TooManyAttemptsException("binding.throttled", WINDOW.toMinutes());
		}
	}

	void record(SignedInAccount student, boolean succeeded) {
		jdbc.sql("insert into binding_attempt (account_id, succeeded) values (:account, :succeeded)")
			.param("account", student.id())
			.param("succeeded", succeeded)
			.update();
	}
}
