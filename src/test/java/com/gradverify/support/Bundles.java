package com.gradverify.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles (its {@code spring.messages.*} settings), for tests that build
 * controllers without a context and check the text a user reads.
 */
public final class Bundles {

	private Bundles() {
	}

	public static MessageSource messages() {
		var settings = new Properties();
		try (InputStream in = Bundles.class.getResourceAsStream("/application.properties")) {
			settings.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames(settings.getProperty("spring.messages.basename").split(","));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(
				Boolean.parseBoolean(settings.getProperty("spring.messages.fallback-to-system-locale", "true")));
		return messages;
	}
}
