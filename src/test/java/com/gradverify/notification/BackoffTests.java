package com.gradverify.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(6));

	@Test
	void doublesFromTheBaseUpToTheMaximum() {
		assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(backoff.after(10)).isEqualTo(Duration.ofHours(6));
		assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(6));
	}
}
