package com.gradverify.shared;

/**
 * Something the caller asked for does not exist — or exists but is not theirs to see, which
 * callers must not be able to tell apart. Mapped to 404.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageCode, Object... args) {
		super(messageCode, args);
	}
}
