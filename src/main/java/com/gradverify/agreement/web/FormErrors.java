package com.gradverify.agreement.web;

import java.util.List;

import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.validation.BindingResult;

/** Shows rule violations next to their fields; those about no field of the form (the scan) above it. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, List<Violation> violations) {
		for (Violation violation : violations) {
			if (violation.field() != null && result.getFieldType(violation.field()) != null) {
				result.rejectValue(violation.field(), violation.code(), violation.args(), null);
			}
			else {
				result.reject(violation.code(), violation.args(), null);
			}
		}
	}
}
