package com.gradverify.verification.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.shared.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The domain errors of the verification module's pages, in one place: a step the status does not
 * allow or a stale tab (409), something gone or not the user's (404), a refused value (400). The
 * page scripts get the problem ({@code code}, {@code detail}) they show beside the control; a page
 * goes back to where its action was offered ({@link ReturnTo}) with the reason as a flash message.
 * <p>
 * Where a refused form comes back with what was typed, its controller keeps the rule violations
 * as field errors itself, so that nothing typed is lost; the form page's stale tabs and illegal
 * steps are the error page of {@code shared.web.PageExceptionHandler}, which this advice does not
 * cover: it applies only to the controllers listed here.
 */
@ControllerAdvice(assignableTypes = { OriginEvidenceScripts.class, ConfirmationSheetController.class,
		SuspectBindingsController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class VerificationPageErrors {

	/** Requests of the page scripts, which want a problem rather than a page. */
	static final String SCRIPT = "X-Requested-With=XMLHttpRequest";

	private final MessageSource messages;

	VerificationPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request, HandlerMethod handler) {
		return answer(HttpStatus.CONFLICT, ex.messageCode(), ex.args(), request, handler);
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, HandlerMethod handler) {
		return answer(HttpStatus.NOT_FOUND, ex.messageCode(), ex.args(), request, handler);
	}

	/** Another request changed the application between reading and writing it. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object lostUpdate(HttpServletRequest request, HandlerMethod handler) {
		return answer(HttpStatus.CONFLICT, "concurrent.modification", null, request, handler);
	}

	/** A refused value where no form is shown again: its first reason. */
	@ExceptionHandler(RuleViolationException.class)
	Object refused(RuleViolationException ex, HttpServletRequest request, HandlerMethod handler) {
		List<Violation> violations = ex.violations();
		Violation first = violations.isEmpty() ? null : violations.get(0);
		return first == null ? answer(HttpStatus.BAD_REQUEST, ex.messageCode(), ex.args(), request, handler)
				: answer(HttpStatus.BAD_REQUEST, first.code(), first.args(), request, handler);
	}

	private Object answer(HttpStatus status, String code, Object[] args, HttpServletRequest request,
			HandlerMethod handler) {
		String reason = messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
		ReturnTo page = returnTo(handler);
		if (isScript(request) || page == null) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(status, code, reason));
		}
		RequestContextUtils.getOutputFlashMap(request).put("flashError", reason);
		return new ModelAndView("redirect:" + page.value());
	}

	private static boolean isScript(HttpServletRequest request) {
		return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
	}

	private static ReturnTo returnTo(HandlerMethod handler) {
		ReturnTo onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ReturnTo.class);
		return onMethod != null ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ReturnTo.class);
	}
}
