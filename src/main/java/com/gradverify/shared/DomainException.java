package com.gradverify.shared;

/**
 * Base of the exceptions that the web layer turns into user-facing messages. The message code
 * is looked up in the bundles; raw exception text never reaches a user.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageCode;

	private final transient Object[] args;

	protected DomainException(String messageCode, Object... args) {
		super(messageCode);
		this.messageCode = messageCode;
		this.args = args == null ? new Object[0] : args;
	}

	public String messageCode() {
		return messageCode;
	}

	public Object[] args() {
		return args.clone();
	}
}
