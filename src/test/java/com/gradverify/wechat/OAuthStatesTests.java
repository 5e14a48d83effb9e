package com.gradverify.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

class OAuthStatesTests {

	private final MutableClock clock = new MutableClock();

	private final OAuthStates states = new OAuthStates(Duration.ofMinutes(5), clock);

	private final MockHttpSession session = new MockHttpSession();

	@Test
	void aStateWorksOnceInTheSessionThatIssuedIt() {
		String state = states.issue(session);

		assertThat(states.consume(new MockHttpSession(), state)).isEqualTo(OAuthStates.Check.UNKNOWN);
		assertThat(states.consume(session, state)).isEqualTo(OAuthStates.Check.VALID);
		assertThat(states.consume(session, state)).isEqualTo(OAuthStates.Check.UNKNOWN);
		assertThat(states.consume(null, state)).isEqualTo(OAuthStates.Check.UNKNOWN);
	}

	@Test
	void aStateExpires() {
		String state = states.issue(session);
		clock.now = clock.now.plus(Duration.ofMinutes(6));

		assertThat(states.consume(session, state)).isEqualTo(OAuthStates.Check.EXPIRED);
	}

	@Test
	void onlyTheNewestFewStatesAreKept() {
		String oldest = states.issue(session);
		for (int i = 0; i < 5; i++) {
			states.issue(session);
		}
		String newest = states.issue(session);

		assertThat(states.consume(session, oldest)).isEqualTo(OAuthStates.Check.UNKNOWN);
		assertThat(states.consume(session, newest)).isEqualTo(OAuthStates.Check.VALID);
	}

	private static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-06-01T08:00:00Z");

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
