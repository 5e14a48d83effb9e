package com.gradverify.verification.web;

import com.gradverify.shared.web.Problems;
import com.gradverify.verification.VerificationRequiredException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an API call that needs a verified graduate with a 403 problem whose {@code code} is
 * {@code VERIFICATION_REQUIRED}; ordered before the shared handler, which would call it a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerificationRequiredProblems {

	private final MessageSource messages;

	VerificationRequiredProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(VerificationRequiredException.class)
	ResponseEntity<ProblemDetail> verificationRequired(VerificationRequiredException ex) {
		String detail = messages.getMessage(ex.messageCode(), ex.args(), LocaleContextHolder.getLocale());
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.body(Problems.of(HttpStatus.FORBIDDEN, VerificationRequiredException.CODE, detail));
	}
}
