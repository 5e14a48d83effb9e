package com.gradverify.amendment.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The amendment pages' domain errors, in one place. A step the request's status no longer allows,
 * or a stale version (someone else was first): the student is sent back to their 申请异动 page with
 * the reason; the reviewer sees the request as it is now, with what they typed kept. A broken rule
 * the page does not show at a field of a form it shows again (a refused upload) goes back as a
 * flash message. Rules a form shows at its fields stay in the controllers, which render the form
 * again; "not found" and everything else is the application's error page
 * ({@code shared.web.PageExceptionHandler}).
 */
@ControllerAdvice(assignableTypes = { AmendmentPageController.class, AmendmentReviewController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class AmendmentPageErrors {

	private static final String STUDENT_PAGE = "/verification/amendments";

	private final AmendmentService amendments;

	private final Messages messages;

	AmendmentPageErrors(AmendmentService amendments, Messages messages) {
		this.amendments = amendments;
		this.messages = messages;
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	String conflict(RuntimeException ex, HandlerMethod handler, SignedInAccount account, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		if (handler.getBeanType() == AmendmentReviewController.class && isPost(request)) {
			// another decision was first, or the binding ended: the request as it is now, and what was typed
			model.addAttribute("flashError", messages.text(reviewConflictCode(ex)));
			ReviewForm typed = new ReviewForm();
			new ServletRequestDataBinder(typed).bind(request);
			return AmendmentReviewController.detailPage(model, amendments.detail(account, requestId(request)), typed,
					Map.of());
		}
		String message = ex instanceof ConflictException conflict ? messages.text(conflict)
				: messages.text("concurrent.modification");
		return back(request, response, model, HttpStatus.CONFLICT, message);
	}

	@ExceptionHandler(RuleViolationException.class)
	String ruleViolation(RuleViolationException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return back(request, response, model, HttpStatus.BAD_REQUEST, messages.joined(ex));
	}

	/** A post goes back to the page it came from with the reason; a page that cannot be shown says why. */
	private static String back(HttpServletRequest request, HttpServletResponse response, Model model,
			HttpStatus status, String message) {
		if (!isPost(request)) {
			response.setStatus(status.value());
			model.addAttribute("status", status.value());
			model.addAttribute("reasons", List.of(message));
			return "error";
		}
		RequestContextUtils.getOutputFlashMap(request).put("flashError", message);
		return "redirect:" + (request.getRequestURI().startsWith(request.getContextPath() + STUDENT_PAGE) ? STUDENT_PAGE
				: "/amendments");
	}

	/** A binding that ended is said as such; any other conflict means another decision was first. */
	private static String reviewConflictCode(RuntimeException ex) {
		return ex instanceof ConflictException conflict && AmendmentService.BINDING_ENDED.equals(conflict.messageCode())
				? AmendmentService.BINDING_ENDED : "amendment.stale";
	}

	private static boolean isPost(HttpServletRequest request) {
		return HttpMethod.POST.matches(request.getMethod());
	}

	@SuppressWarnings("unchecked")
	private static long requestId(HttpServletRequest request) {
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return Long.parseLong(variables.get("id"));
	}
}
