package com.gradverify.shared.web;

import com.gradverify.shared.GraduationYears.InvalidGraduationYearException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for a {@code graduationYear} that is no year: the error page with a 400 and the reason.
 * The API's handler comes first for API controllers, which answer a problem instead.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class GraduationYearPages {

	private final MessageSource messages;

	GraduationYearPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidGraduationYearException.class)
	ModelAndView invalid(InvalidGraduationYearException ex) {
		var page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("detail", messages.getMessage(ex.violations().get(0).code(), null, LocaleContextHolder.getLocale()));
		return page;
	}
}
