package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;

/**
 * The count per client address across usernames, on the real tables with a maximum of three (the
 * shared test configuration sets it out of reach, since every test class signs in from 127.0.0.1).
 */
@IntegrationTest
class AddressThrottleIntegrationTests {

	private static final int MAX_ADDRESS_FAILURES = 3;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordVerifier verifier;

	@Autowired
	StaffAccounts staff;

	Authenticator authenticator;

	String sprayer;

	@BeforeEach
	void setUp() {
		var properties = new AccountSecurityProperties(5, Duration.ofMinutes(15), Duration.ofHours(12),
				Duration.ofHours(24), MAX_ADDRESS_FAILURES, Duration.ofHours(1));
		authenticator = new Authenticator(accounts, verifier, new LoginThrottle(jdbc, properties));
		sprayer = AccountFixtures.uniqueAddress();
	}

	@Test
	void oneAddressTryingAPasswordOnManyUsernamesIsStoppedThereButNowhereElse() {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> authenticator.authenticate(reviewer, "Wrong2026xx", sprayer));
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> authenticator.authenticate(AccountFixtures.uniqueName("nobody"), "Wrong2026xx", sprayer));
		// the third failure, whatever the username, locks the address and says so
		assertThatExceptionOfType(AccountLockedException.class)
			.isThrownBy(() -> authenticator.authenticate(AccountFixtures.uniqueName("nobody"), "Wrong2026xx", sprayer))
			.satisfies(locked -> assertThat(locked.byAddress()).isTrue())
			.satisfies(locked -> assertThat(locked.minutesRemaining()).isEqualTo(15));
		// from there even the right password is refused unchecked; from elsewhere it signs in
		assertThatExceptionOfType(AccountLockedException.class)
			.isThrownBy(() -> authenticator.authenticate(reviewer, AccountFixtures.STAFF_PASSWORD, sprayer))
			.satisfies(locked -> assertThat(locked.byAddress()).isTrue());
		assertThat(authenticator.authenticate(reviewer, AccountFixtures.STAFF_PASSWORD, AccountFixtures.uniqueAddress())
			.account().username()).isEqualTo(reviewer);
	}

	@Test
	void successfulLoginsFromTheAddressAreNoFailures() {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		for (int i = 0; i < MAX_ADDRESS_FAILURES - 1; i++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> authenticator.authenticate(AccountFixtures.uniqueName("nobody"), "Wrong2026xx", sprayer));
		}
		// many people sign in from one campus address
		for (int i = 0; i < 2 * MAX_ADDRESS_FAILURES; i++) {
			authenticator.authenticate(reviewer, AccountFixtures.STAFF_PASSWORD, sprayer);
		}
		assertThatExceptionOfType(AccountLockedException.class)
			.isThrownBy(() -> authenticator.authenticate(AccountFixtures.uniqueName("nobody"), "Wrong2026xx", sprayer))
			.satisfies(locked -> assertThat(locked.byAddress()).isTrue());
	}

	@Test
	void parallelAttemptsOnManyUsernamesFromOneAddressCheckAtMostTheMaximum() throws Exception {
		int attempts = 12;
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				String username = AccountFixtures.uniqueName("nobody");
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						authenticator.authenticate(username, "Wrong2026xx", sprayer);
						return "signed in";
					}
					catch (AccountLockedException ex) {
						return ex.byAddress() ? "address locked" : "username locked";
					}
					catch (AuthenticationException ex) {
						return ex.getClass().getSimpleName();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			// two plain failures; the third locks the address, and the rest are refused without a check
			assertThat(results).filteredOn("BadCredentialsException"::equals).hasSize(MAX_ADDRESS_FAILURES - 1);
			assertThat(results).filteredOn("address locked"::equals).hasSize(attempts - MAX_ADDRESS_FAILURES + 1);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
