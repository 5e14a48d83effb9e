package com.gradverify.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.DatabaseOutage;
import com.gradverify.shared.DomainException;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.TooManyAttemptsException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns exceptions raised under the JSON API into {@code application/problem+json}: a stable
 * {@code code}, a Chinese {@code detail}, and {@code errors[{field, code, message}]} for input
 * problems. Raw exception text is never echoed.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex, List.of());
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex, List.of());
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	ResponseEntity<ProblemDetail> tooMany(TooManyAttemptsException ex) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, ex, List.of());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> lostUpdate(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "concurrent.modification", List.of());
	}

	/**
	 * A unique constraint another request won first (two accounts binding one record at once); a
	 * value longer than its column that no check caught is bad input, never a conflict.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> constraintRace(DataIntegrityViolationException ex) {
		if (DataErrors.isTooLong(ex)) {
			return problem(HttpStatus.BAD_REQUEST, "input.tooLong.page", List.of());
		}
		return problem(HttpStatus.CONFLICT, "data.conflict", List.of());
	}

	/**
	 * Spring MVC's own refusals (unreadable or missing body, missing parameter, wrong type, media
	 * type, method): the same problem shape as ours, with a {@code code} and a Chinese detail.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body,
			org.springframework.http.HttpHeaders headers, org.springframework.http.HttpStatusCode statusCode,
			org.springframework.web.context.request.WebRequest request) {
		String code = ErrorPages.code(statusCode);
		ProblemDetail problem = Problems.of(statusCode, code, text(code, new Object[0]));
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex) {
		var errors = ex.violations().stream()
			.map(v -> new FieldProblem(v.field(), v.code(), text(v.code(), v.args())))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, ex.messageCode(), errors);
	}

	@ExceptionHandler(InvalidValueException.class)
	ResponseEntity<ProblemDetail> invalidValue(InvalidValueException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.messageCode(), List.of());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "access.denied", List.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			org.springframework.http.HttpHeaders headers, org.springframework.http.HttpStatusCode status,
			org.springframework.web.context.request.WebRequest request) {
		return fromBindingErrors(ex);
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<Object> bind(BindException ex) {
		return fromBindingErrors(ex);
	}

	private ResponseEntity<Object> fromBindingErrors(BindException ex) {
		List<FieldProblem> errors = new ArrayList<>();
		ex.getFieldErrors()
			.forEach(e -> errors.add(new FieldProblem(e.getField(), e.getCode(),
					messages.getMessage(e, locale()))));
		ex.getGlobalErrors()
			.forEach(e -> errors.add(new FieldProblem(null, e.getCode(), messages.getMessage(e, locale()))));
		return ResponseEntity.badRequest()
			.body(build(HttpStatus.BAD_REQUEST, "validation.failed", new Object[0], errors));
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex) {
		if (DatabaseOutage.isCause(ex)) {
			log.warn("Database unavailable under the API ({})", ex.getClass().getName());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", ErrorPages.RETRY_AFTER_SECONDS)
				.body(build(HttpStatus.SERVICE_UNAVAILABLE, "service.unavailable", new Object[0], List.of()));
		}
		log.error("Unexpected error under the API", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", List.of());
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, DomainException ex, List<FieldProblem> errors) {
		return ResponseEntity.status(status).body(build(status, ex.messageCode(), ex.args(), errors));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, List<FieldProblem> errors) {
		return ResponseEntity.status(status).body(build(status, code, new Object[0], errors));
	}

	private ProblemDetail build(HttpStatus status, String code, Object[] args, List<FieldProblem> errors) {
		return Problems.of(status, code, text(code, args), errors);
	}

	private String text(String code, Object[] args) {
		return messages.getMessage(code, args, code, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** One field's problem, as clients receive it. */
	public record FieldProblem(String field, String code, String message) {
		Map<String, String> asMap() {
			var map = new java.util.LinkedHashMap<String, String>();
			map.put("field", field);
			map.put("code", code);
			map.put("message", message);
			return map;
		}
	}
}
