package com.gradverify.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;

/** Messages with arguments are formatted on a format of their own, and still as the bundles say. */
class MessageSourceConfigurationTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages = messages();

	@Test
	void formatsMessagesWithArgumentsOnACopyOfTheParsedFormat() {
		var source = (MessageSourceConfiguration.UnsharedFormats) messages;

		assertThat(source.resolveCode("verification.summary", CHINESE))
			.isNotNull()
			.isNotSameAs(source.resolveCode("verification.summary", CHINESE));
		assertThat(source.resolveCode("no.such.code", CHINESE)).isNull();
	}

	@Test
	void manyThreadsFormattingTheSameMessageEachGetTheirOwnArguments() throws Exception {
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 900; i++) { // below 1,000, which MessageFormat would group
				int n = i;
				results.add(pool.submit(() -> messages.getMessage("verification.summary", new Object[] { n, n + 1 },
						CHINESE)));
			}
			for (int i = 0; i < results.size(); i++) {
				assertThat(results.get(i).get()).isEqualTo("关键字段比对：" + i + " 项不匹配，" + (i + 1) + " 项未比对。");
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void takesTheSettingsOfSpringMessages() {
		assertThat(messages.getMessage("app.name", null, CHINESE)).isNotBlank();
		assertThat(messages.getMessage("no.such.code", null, "默认", CHINESE)).isEqualTo("默认");
	}

	private static MessageSource messages() {
		var properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages/common", "messages/verification"));
		properties.setFallbackToSystemLocale(false);
		return new MessageSourceConfiguration().messageSource(properties);
	}
}
