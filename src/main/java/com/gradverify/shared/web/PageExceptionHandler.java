package com.gradverify.shared.web;

import java.util.List;
import java.util.Locale;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.DomainException;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page, with its status and the domain's own Chinese reason, for what a page's
 * controller does not handle in place: a stale tab (409), a step the status does not allow (409),
 * something gone or not the user's (404), a malformed or over-long value (400). Ordered last, so
 * a module's own handlers and the API's ({@link ApiExceptionHandler}) come first; anything else
 * (a database outage, a bug) goes on to the container.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, List.of(text(ex)));
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return page(HttpStatus.CONFLICT, List.of(text(ex)));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView lostUpdate() {
		return page(HttpStatus.CONFLICT, List.of(text("concurrent.modification")));
	}

	@ExceptionHandler(InvalidValueException.class)
	ModelAndView invalidValue(InvalidValueException ex) {
		return page(HttpStatus.BAD_REQUEST, List.of(text(ex.messageCode())));
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolation(RuleViolationException ex) {
		return page(HttpStatus.BAD_REQUEST, ex.violations()
			.stream()
			.map(v -> messages.getMessage(v.code(), v.args(), v.code(), locale()))
			.distinct()
			.toList());
	}

	/** A value longer than its column is bad input; another constraint lost a race with another request. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView constraint(DataIntegrityViolationException ex) {
		return DataErrors.isTooLong(ex) ? page(HttpStatus.BAD_REQUEST, List.of(text("input.tooLong.page")))
				: page(HttpStatus.CONFLICT, List.of(text("data.conflict")));
	}

	private static ModelAndView page(HttpStatus status, List<String> reasons) {
		var page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("reasons", reasons);
		return page;
	}

	private String text(DomainException ex) {
		return messages.getMessage(ex.messageCode(), ex.args(), ex.messageCode(), locale());
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
