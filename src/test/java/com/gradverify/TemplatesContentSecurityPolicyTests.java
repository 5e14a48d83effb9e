package com.gradverify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.simple.AbstractSimpleMarkupHandler;
import org.attoparser.simple.SimpleMarkupParser;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy refuses inline script and style, so a template that had any would
 * break in the browser: every script is a file under static/js (data through data-* attributes),
 * every style a class in static/css. Templates are read with Thymeleaf's own parser.
 */
class TemplatesContentSecurityPolicyTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** on…= handlers and style=, also when Thymeleaf writes them (th:onclick, th:style, th:attr="onclick=…"). */
	private static final Pattern INLINE_ATTRIBUTE = Pattern.compile("(th:|data-th-)?(on[a-z]+|style(append)?)");

	private static final Pattern INLINE_IN_TH_ATTR = Pattern.compile("(^|,)\\s*(on[a-z]+|style)\\s*=");

	@Test
	void templatesHaveNoInlineScriptStyleOrEventHandler() throws IOException {
		List<String> problems = new ArrayList<>();
		List<Path> templates;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
		for (Path template : templates) {
			problems.addAll(inlineCode(TEMPLATES.relativize(template).toString(), Files.readString(template)));
		}
		assertThat(templates).hasSizeGreaterThan(30);
		assertThat(problems).isEmpty();
	}

	@Test
	void theScanFindsEveryKindOfInlineCode() {
		String page = """
				<div th:fragment="f">
				  <script>alert(1)</script>
				  <script th:src="@{/js/app.js}"> alert(2) </script>
				  <script th:src="@{/js/app.js}" defer></script>
				  <style>p { color: red }</style>
				  <form onsubmit="return confirm('?')"><button th:onclick="'go()'">go</button></form>
				  <span style="width: 0"></span><span th:style="'width:' + ${p}"></span>
				  <a th:attr="data-x=1, onmouseover=${x}" href="javascript:void(0)">x</a>
				  <a href="/ok" data-confirm="fine" class="ok">ok</a>
				</div>""";

		assertThat(inlineCode("sample.html", page)).containsExactly("sample.html:2 inline <script>",
				"sample.html:3 inline <script>", "sample.html:5 <style> element", "sample.html:6 onsubmit",
				"sample.html:6 th:onclick", "sample.html:7 style", "sample.html:7 th:style",
				"sample.html:8 on… or style= in th:attr", "sample.html:8 javascript: URL in href");
	}

	private static List<String> inlineCode(String name, String markup) {
		var scan = new InlineCodeScan(name);
		try {
			new SimpleMarkupParser(ParseConfiguration.htmlConfiguration()).parse(markup, scan);
		}
		catch (ParseException ex) {
			throw new AssertionError(name + " does not parse", ex);
		}
		return scan.problems;
	}

	private static final class InlineCodeScan extends AbstractSimpleMarkupHandler {

		private final String name;

		private final List<String> problems = new ArrayList<>();

		/** The line of the script element being read, or 0 outside one. */
		private int scriptLine;

		private boolean scriptReported;

		InlineCodeScan(String name) {
			this.name = name;
		}

		@Override
		public void handleOpenElement(String element, Map<String, String> attributes, int line, int col) {
			boolean reported = check(element, attributes == null ? Map.of() : attributes, line);
			if ("script".equalsIgnoreCase(element)) {
				scriptLine = line;
				scriptReported = reported;
			}
		}

		@Override
		public void handleStandaloneElement(String element, Map<String, String> attributes, boolean minimized, int line,
				int col) {
			check(element, attributes == null ? Map.of() : attributes, line);
		}

		@Override
		public void handleText(char[] buffer, int offset, int len, int line, int col) {
			if (scriptLine > 0 && !scriptReported && !new String(buffer, offset, len).isBlank()) {
				problems.add(name + ":" + scriptLine + " inline <script>");
				scriptReported = true;
			}
		}

		@Override
		public void handleCloseElement(String element, int line, int col) {
			if ("script".equalsIgnoreCase(element)) {
				scriptLine = 0;
			}
		}

		/** Reports what the element and its attributes hold inline; true for a script without a source. */
		private boolean check(String element, Map<String, String> attributes, int line) {
			boolean inlineScript = "script".equalsIgnoreCase(element) && !attributes.containsKey("src")
					&& !attributes.containsKey("th:src");
			if (inlineScript) {
				problems.add(name + ":" + line + " inline <script>");
			}
			if ("style".equalsIgnoreCase(element)) {
				problems.add(name + ":" + line + " <style> element");
			}
			attributes.forEach((attribute, value) -> {
				String lower = attribute.toLowerCase(Locale.ROOT);
				if (INLINE_ATTRIBUTE.matcher(lower).matches()) {
					problems.add(name + ":" + line + " " + attribute);
				}
				if (lower.matches("th:attr(append|prepend)?") && value != null
						&& INLINE_IN_TH_ATTR.matcher(value.toLowerCase(Locale.ROOT)).find()) {
					problems.add(name + ":" + line + " on… or style= in th:attr");
				}
				if (value != null && value.toLowerCase(Locale.ROOT).contains("javascript:")) {
					problems.add(name + ":" + line + " javascript: URL in " + attribute);
				}
			});
			return inlineScript;
		}
	}
}
