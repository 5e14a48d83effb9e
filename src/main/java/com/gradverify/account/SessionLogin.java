package com.gradverify.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

/**
 * Signs an account in for the browser session when another channel has already established who
 * the person is (the WeChat official account: a bound openid). The session then holds the same
 * principal as after form login, so every page and check works unchanged.
 * <p>
 * The session carries the account's {@code password_change_required} like a password login's: a
 * student still on the default password changes it before anything else, on every channel.
 */
@Component
public class SessionLogin {

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	private final SessionPrincipals sessions;

	SessionLogin(AccountRepository accounts, LoginThrottle throttle, SessionPrincipals sessions) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.sessions = sessions;
	}

	/** How a sign-in ended; only {@link #SIGNED_IN} creates an authenticated session. */
	public enum Outcome {
		SIGNED_IN, UNKNOWN, DISABLED, LOCKED
	}

	public Outcome signIn(long accountId, HttpServletRequest request, HttpServletResponse response) {
		var found = accounts.findById(accountId);
		if (found.isEmpty()) {
			return Outcome.UNKNOWN;
		}
		StoredAccount account = found.get();
		if (!account.enabled()) {
			return Outcome.DISABLED;
		}
		// a lock from failed passwords at this address holds for this channel too
		if (throttle.locked(account.account().username(), request.getRemoteAddr())) {
			return Outcome.LOCKED;
		}
		// a new session id, as form login gives, so that a planted session cannot ride on this login
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		sessions.replace(account.principal(), request, response);
		accounts.recordSignIn(accountId);
		return Outcome.SIGNED_IN;
	}
}
