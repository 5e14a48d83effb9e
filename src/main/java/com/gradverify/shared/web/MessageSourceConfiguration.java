package com.gradverify.shared.web;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages as Boot would set them up from {@code spring.messages.*}, except that a
 * message with arguments is formatted on a copy of its parsed {@link MessageFormat} (issue 14).
 *
 * <p>{@link ResourceBundleMessageSource} keeps one {@code MessageFormat} per message and locale and
 * formats under its monitor, since {@code MessageFormat} is not thread-safe. A form page formats a
 * dozen messages with arguments (the comparison summary, each key field's registry value, hints), the
 * same ones on every page, so under load the request threads queued on those monitors: JFR of the form
 * page at 200 connections counted 689 waits of 270 ms on average. A copy ({@code clone()}) costs far less
 * than a parse and nothing is shared, so nothing waits.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		var source = new UnsharedFormats();
		source.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			source.setDefaultEncoding(properties.getEncoding().name());
		}
		source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			source.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		return source;
	}

	/** Hands out a copy of the cached format, which its caller then formats under an uncontended monitor. */
	static final class UnsharedFormats extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat cached = super.resolveCode(code, locale);
			return cached == null ? null : (MessageFormat) cached.clone();
		}
	}
}
