package com.gradverify.shared;

/**
 * A value that fails its own rules. Carries a message code (resolved from the message bundles)
 * rather than user-facing text, so forms and the API can show it in the user's language.
 */
public class InvalidValueException extends IllegalArgumentException {

	private final String messageCode;

	public InvalidValueException(String messageCode) {
		super(messageCode);
		this.messageCode = messageCode;
	}

	public String messageCode() {
		return messageCode;
	}
}
