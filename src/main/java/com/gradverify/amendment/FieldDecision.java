package com.gradverify.amendment;

import com.gradverify.verification.KeyField;

/**
 * What the school reviewer decides on one claimed field: accept or reject it, with a reason
 * (required for a rejection, optional for an acceptance).
 */
public record FieldDecision(KeyField field, FieldOutcome outcome, String reason) {

	public static FieldDecision accept(KeyField field, String reason) {
		return new FieldDecision(field, FieldOutcome.ACCEPTED, reason);
	}

	public static FieldDecision reject(KeyField field, String reason) {
		return new FieldDecision(field, FieldOutcome.REJECTED, reason);
	}

	/** Where a rule broken by this field's decision is reported, e.g. {@code fields[ETHNICITY].reason}. */
	public static String path(KeyField field, String property) {
		return "fields[" + field.name() + "]." + property;
	}
}
