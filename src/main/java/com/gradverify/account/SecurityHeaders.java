package com.gradverify.account;

import java.time.Duration;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser-side defences sent with every answer, on top of Spring Security's defaults
 * (nosniff, no framing, no caching of signed-in pages).
 * <p>
 * Pages run only the scripts and styles served from static/js and static/css: no inline script,
 * style or event attribute, which {@code TemplatesContentSecurityPolicyTests} keeps true of every
 * template, so an injected {@code <script>} or {@code onerror=} does nothing. Swagger UI's
 * bundle styles its page with inline {@code <style>} elements and shows data: images, so its own
 * paths allow those two (still no inline script). No page ever tells another site which page a
 * user came from (URLs hold application and account ids). HSTS goes out on HTTPS answers only
 * (Spring Security skips insecure requests), so a plain-HTTP installation keeps working.
 */
final class SecurityHeaders implements Customizer<HeadersConfigurer<HttpSecurity>> {

	static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

	@Override
	public void customize(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			// the school's other hosts under the same name are not ours to force onto HTTPS
			.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())
				.includeSubDomains(false));
	}
}
