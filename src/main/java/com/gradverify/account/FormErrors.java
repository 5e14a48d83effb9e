package com.gradverify.account;

import java.util.List;

import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.validation.BindingResult;

/** Shows rule violations next to the form fields they concern. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, List<Violation> violations) {
		for (Violation violation : violations) {
			if (violation.field() == null) {
				result.reject(violation.code(), violation.args(), null);
			}
			else {
				result.rejectValue(violation.field(), violation.code(), violation.args(), null);
			}
		}
	}
}
