package com.gradverify.review.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.ConflictException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The review pages' answer to domain errors, in one place: a decision someone else
 * took first, or one the item no longer waits for, shows the item as it stands now with a 409 and
 * keeps what the reviewer typed; a batch that cannot start goes back to the queue with the reason. An
 * item that does not exist or belongs to another college is the shared 404 page either way, with the
 * one reason review.notFound, so nobody can probe which ids exist.
 */
@ControllerAdvice(assignableTypes = ReviewController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewPageErrors {

	private final ReviewDetailPage detailPage;

	private final MessageSource messages;

	ReviewPageErrors(ReviewDetailPage detailPage, MessageSource messages) {
		this.detailPage = detailPage;
		this.messages = messages;
	}

	@ExceptionHandler(ConflictException.class)
	String conflict(ConflictException ex, SignedInAccount reviewer, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return actedFirst(text(ex.messageCode(), ex.args()), reviewer, request, response, model);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String stale(SignedInAccount reviewer, HttpServletRequest request, HttpServletResponse response, Model model) {
		return actedFirst(text("review.actedByOther"), reviewer, request, response, model);
	}

	/** On an item's page: the item as it is now, never a stale form; otherwise back to the queue. */
	private String actedFirst(String message, SignedInAccount reviewer, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		@SuppressWarnings("unchecked")
		var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (path == null || !path.containsKey("id")) {
			RequestContextUtils.getOutputFlashMap(request).put("flashError", message);
			return "redirect:" + new QueueContext(request.getParameter("queue"), null, null).queueUrl();
		}
		var typed = new DecisionForm();
		new ServletRequestDataBinder(typed).bind(request);
		var fresh = new DecisionForm();
		fresh.setComment(typed.getComment());
		fresh.setFields(typed.getFields());
		fresh.setContext(typed.context());
		model.addAttribute("flashError", message);
		response.setStatus(HttpStatus.CONFLICT.value());
		return detailPage.render(reviewer, path.get("kind"), Long.parseLong(path.get("id")), fresh, model);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}
}
