package com.gradverify.wechat;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * An openid WeChat vouched for in this session that is not bound yet: the binding page binds this
 * one and nothing a form could post. It is good for a limited time, after which the student goes
 * through WeChat again.
 */
record VerifiedOpenId(String openid, Instant verifiedAt) implements Serializable {

	static final Duration LIFETIME = Duration.ofMinutes(30);

	private static final String ATTRIBUTE = VerifiedOpenId.class.getName();

	static void remember(HttpSession session, String openid) {
		session.setAttribute(ATTRIBUTE, new VerifiedOpenId(openid, Instant.now()));
	}

	static Optional<String> of(HttpSession session) {
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof VerifiedOpenId verified
				&& verified.verifiedAt().plus(LIFETIME).isAfter(Instant.now())) {
			return Optional.of(verified.openid());
		}
		return Optional.empty();
	}

	static void forget(HttpSession session) {
		session.removeAttribute(ATTRIBUTE);
	}

	/** The first characters only: enough to tell openids apart in logs and pages, not to reuse one. */
	static String masked(String openid) {
		return openid.length() <= 6 ? "***" : openid.substring(0, 6) + "***";
	}
}
