package com.gradverify.evidence;

import com.gradverify.shared.RuleViolationException;

/** Builds the rejection every validation failure raises: field {@code file}, code from evidence.properties. */
final class EvidenceRejected {

	static final String FIELD = "file";

	private EvidenceRejected() {
	}

	static RuleViolationException because(String code, Object... args) {
		return new RuleViolationException(java.util.List.of(new RuleViolationException.Violation(FIELD, code, args)));
	}
}
