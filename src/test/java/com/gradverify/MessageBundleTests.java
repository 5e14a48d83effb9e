package com.gradverify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * All UI text comes from the message bundles: templates contain no Chinese of their own, and
 * every message key a template uses exists.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)[}(]");

	@Test
	void templatesHaveNoHardCodedChineseOutsideFallbackText() throws IOException {
		List<String> offenders = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			// Text inside an element that Thymeleaf replaces (th:text / th:utext) is a designer
			// fallback never shown to users; strip those elements' bodies before looking.
			String shown = html.replaceAll("(?s)<([a-zA-Z0-9]+)([^>]*th:(u?text|replace|insert)=[^>]*)>[^<]*</\\1>", "")
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<title[^>]*>.*?</title>", "");
			Matcher han = HAN.matcher(shown.replaceAll("th:[a-z-]+=\"[^\"]*\"", ""));
			if (han.find()) {
				offenders.add(TEMPLATES.relativize(template) + " near: "
						+ shown.substring(Math.max(0, han.start() - 40), Math.min(shown.length(), han.start() + 40)));
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Properties all = bundles();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!all.containsKey(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties bundles() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
				try (InputStream in = Files.newInputStream(bundle)) {
					all.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
		}
		return all;
	}
}
