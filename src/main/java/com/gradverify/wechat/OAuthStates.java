package com.gradverify.wechat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpSession;

/**
 * The one-time {@code state} of each authorization round trip, kept in the session that started it:
 * a callback whose state this session did not issue (forged, or from another browser), already
 * used (replayed) or too old is refused. A few are kept at once, since a student may tap the menu
 * twice before the first round trip ends.
 */
final class OAuthStates {

	enum Check {
		VALID, UNKNOWN, EXPIRED
	}

	private static final String ATTRIBUTE = OAuthStates.class.getName();

	private static final int MAX_PENDING = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Duration lifetime;

	private final Clock clock;

	OAuthStates(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	String issue(HttpSession session) {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		synchronized (session) {
			LinkedHashMap<String, Instant> pending = pending(session);
			pending.put(state, clock.instant().plus(lifetime));
			while (pending.size() > MAX_PENDING) {
				pending.remove(pending.keySet().iterator().next());
			}
			session.setAttribute(ATTRIBUTE, pending);
		}
		return state;
	}

	/** Checks the state and forgets it, so that it works once at most. */
	Check consume(HttpSession session, String state) {
		if (session == null || state == null) {
			return Check.UNKNOWN;
		}
		synchronized (session) {
			LinkedHashMap<String, Instant> pending = pending(session);
			Instant expiry = pending.remove(state);
			session.setAttribute(ATTRIBUTE, pending);
			if (expiry == null) {
				return Check.UNKNOWN;
			}
			return clock.instant().isAfter(expiry) ? Check.EXPIRED : Check.VALID;
		}
	}

	@SuppressWarnings("unchecked")
	private static LinkedHashMap<String, Instant> pending(HttpSession session) {
		Object stored = session.getAttribute(ATTRIBUTE);
		return stored instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, Instant>) map : new LinkedHashMap<>();
	}
}
