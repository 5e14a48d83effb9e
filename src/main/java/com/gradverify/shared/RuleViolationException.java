package com.gradverify.shared;

import java.util.List;

/**
 * Input that breaks one or more rules, each tied to a field. Mapped to 400 with per-field errors;
 * forms show each next to its field.
 */
public class RuleViolationException extends DomainException {

	private final List<Violation> violations;

	public RuleViolationException(List<Violation> violations) {
		super("validation.failed");
		this.violations = List.copyOf(violations);
	}

	public RuleViolationException(String field, String messageCode) {
		this(List.of(new Violation(field, messageCode)));
	}

	public List<Violation> violations() {
		return violations;
	}

	/** One broken rule: the field (null for the whole input) and the message code. */
	public record Violation(String field, String code, Object... args) {
	}
}
