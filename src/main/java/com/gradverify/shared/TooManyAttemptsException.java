package com.gradverify.shared;

/** Too many attempts in a short time (binding guesses, logins); mapped to 429. */
public class TooManyAttemptsException extends DomainException {

	public TooManyAttemptsException(String messageCode, Object... args) {
		super(messageCode, args);
	}
}
