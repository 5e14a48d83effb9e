package com.gradverify.account;

import java.util.Optional;

import com.gradverify.shared.TooManyAttemptsException;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;

/**
 * A student's 学号 and password checked for another channel (the WeChat binding) exactly as the
 * login form checks them: through the {@link Authenticator}, so that every wrong password counts
 * toward the same lock-out as one typed on the PC, and a locked username stays locked here too.
 */
@Service
public class StudentCredentials {

	private final Authenticator authenticator;

	StudentCredentials(Authenticator authenticator) {
		this.authenticator = authenticator;
	}

	/**
	 * @param clientAddress the address the attempt came from ({@code request.getRemoteAddr()})
	 * @return the student account these credentials sign in to; empty for a wrong password, an
	 * unknown or disabled username and a staff account alike
	 * @throws TooManyAttemptsException (the lock's message code, minutes) while the username
	 * is locked at this address or the address for every username, and for the failure that locks it
	 */
	public Optional<SignedInAccount> check(String studentNo, String password, String clientAddress) {
		try {
			return Optional.of(authenticator.authenticate(studentNo, password, clientAddress).account())
				.filter(account -> account.is(Role.STUDENT));
		}
		catch (AccountLockedException ex) {
			throw new TooManyAttemptsException(ex.messageCode(), ex.minutesRemaining());
		}
		catch (BadCredentialsException ex) {
			return Optional.empty();
		}
	}
}
