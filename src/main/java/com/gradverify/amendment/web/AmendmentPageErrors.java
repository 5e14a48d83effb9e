package com.gradverify.amendment.web;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The error page, with the right status, for what the amendment pages do not handle in place. */
@ControllerAdvice(assignableTypes = { AmendmentPageController.class, AmendmentReviewController.class })
class AmendmentPageErrors {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return error(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler({ ConflictException.class, OptimisticLockingFailureException.class })
	ModelAndView conflict() {
		return error(HttpStatus.CONFLICT);
	}

	private static ModelAndView error(HttpStatus status) {
		var page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}
}
