package com.gradverify.account;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.DomainException;
import com.gradverify.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The domain errors of the administrator's actions on one account, in one place: an account that
 * is gone (or is no college reviewer), or the last enabled administrator, is told on the accounts
 * page the action came from. Ordered before the shared error page; the API's controllers are not
 * in its scope and keep their problems. The account form and the password page show a refused
 * value at its field, with what was typed, and so handle those in place.
 */
@ControllerAdvice(assignableTypes = AdminAccountActionsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountPageErrors {

	static final String ACCOUNTS_PAGE = "redirect:/admin/accounts";

	private final MessageSource messages;

	AccountPageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, ConflictException.class })
	String refused(DomainException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError",
				messages.getMessage(ex.messageCode(), ex.args(), LocaleContextHolder.getLocale()));
		return ACCOUNTS_PAGE;
	}
}
