package com.gradverify.agreement.web;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.VerificationRequiredException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The domain errors of the graduate's 协议 and 违约 pages, in one place: an unverified graduate
 * reads the gate's message (403 for anything posted); an application that is gone or not theirs is
 * the 404 page; a refused step with nothing typed to keep (a withdrawal, an upload on its own form,
 * a stale one among them) comes back to the page it was posted from with the reason. The forms,
 * which keep what was typed, handle theirs in {@link ApplicationPages}. Ordered before the shared
 * error page; the pages' API controllers are not in its scope and answer problems.
 */
@ControllerAdvice(assignableTypes = ApplicationPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApplicationPageErrors {

	private final MessageSource messages;

	ApplicationPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(VerificationRequiredException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String verificationRequired(HandlerMethod handler, Model model) {
		return pages(handler).gate(model);
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		var page = new ModelAndView("error", HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		return page;
	}

	@ExceptionHandler(ConflictException.class)
	String conflict(ConflictException ex, HandlerMethod handler, RedirectAttributes redirect) {
		return refused(handler, redirect, ex.messageCode(), ex.args());
	}

	/** Another tab or a reviewer changed the application between loading and posting. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	String lostUpdate(HandlerMethod handler, RedirectAttributes redirect) {
		return refused(handler, redirect, "agreement.stale");
	}

	/** An upload refused by the evidence rules, for one reason. */
	@ExceptionHandler(RuleViolationException.class)
	String ruleViolation(RuleViolationException ex, HandlerMethod handler, RedirectAttributes redirect) {
		var violation = ex.violations().get(0);
		return refused(handler, redirect, violation.code(), violation.args());
	}

	private String refused(HandlerMethod handler, RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("flashError", StudentPages.text(messages, code, args));
		return pages(handler).backToPage();
	}

	private static ApplicationPages<?> pages(HandlerMethod handler) {
		return (ApplicationPages<?>) handler.getBean();
	}
}
