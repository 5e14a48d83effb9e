package com.gradverify.verification;

import java.util.List;
import java.util.Optional;

/**
 * A student's eleven key fields as they stand: the form's value, the registry's, and the mark.
 * Change requests (申请异动) are made from the ones marked 不匹配; {@code graduationYear} is the application's 届.
 */
public record KeyFieldStates(long applicationId, Long registryRecordId, int graduationYear, List<State> fields) {

	public Optional<State> of(KeyField field) {
		return fields.stream().filter(s -> s.field() == field).findFirst();
	}

	/** One key field; values in the national format. */
	public record State(KeyField field, ComparisonStatus status, String formValue, String registryValue) {
	}
}
