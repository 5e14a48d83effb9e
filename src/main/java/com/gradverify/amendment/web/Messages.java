package com.gradverify.amendment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.gradverify.shared.DomainException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message texts for the amendment pages: flashes and per-field errors. */
@Component("amendmentMessages")
class Messages {

	private final MessageSource messages;

	Messages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String code, Object... args) {
		return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	String text(DomainException ex) {
		return text(ex.messageCode(), ex.args());
	}

	/** Field (or "" for the whole input) → message, the first violation of each field. */
	Map<String, String> byField(RuleViolationException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.violations().forEach(v -> errors.putIfAbsent(v.field() == null ? "" : v.field(), text(v.code(), v.args())));
		return errors;
	}

	/** All violations in one line, for a flash message. */
	String joined(RuleViolationException ex) {
		return String.join("；", byField(ex).values());
	}
}
