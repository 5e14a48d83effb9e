package com.gradverify.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notice, from the message bundle ({@code messages/notification.properties}): the
 * full text under its message code, the short form (a WeChat {@code thing} field, an SMS template's
 * variable, an e-mail's subject) under {@code <code>.title}. Rendered in Chinese wherever it goes.
 */
@Component
class NotificationTexts {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	String title(String code, List<String> arguments) {
		return messages.getMessage(code + ".title", arguments.toArray(), CHINESE);
	}

	String text(String code, List<String> arguments) {
		return messages.getMessage(code, arguments.toArray(), CHINESE);
	}
}
