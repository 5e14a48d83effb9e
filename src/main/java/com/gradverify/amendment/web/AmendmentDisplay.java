package com.gradverify.amendment.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.gradverify.reference.ReferenceData;
import com.gradverify.verification.KeyField;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Key-field values as a person reads them, for templates ({@code @amendmentDisplay.value(...)}):
 * 汉族（01） rather than 01, 湖南省岳阳县（430621） rather than 430621.
 */
@Component("amendmentDisplay")
class AmendmentDisplay {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final ReferenceData reference;

	private final MessageSource messages;

	AmendmentDisplay(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	public String value(KeyField field, String value) {
		if (value == null) {
			return null;
		}
		return field.nameOf(value, reference).map(name -> name + "（" + value + "）").orElse(value);
	}

	/** A moment as the school's clock shows it, e.g. 2026-06-01 14:30. */
	public String time(Instant moment) {
		return moment == null ? "" : TIME.format(moment);
	}

	/** The field's label, the one the verification form uses. */
	public String label(KeyField field) {
		return messages.getMessage("field." + field.property(), null, field.name(), LocaleContextHolder.getLocale());
	}
}
