package com.gradverify.shared;

/** An action that the current state does not allow (illegal transition, lost update). Mapped to 409. */
public class ConflictException extends DomainException {

	public ConflictException(String messageCode, Object... args) {
		super(messageCode, args);
	}
}
