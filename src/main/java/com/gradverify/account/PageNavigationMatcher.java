package com.gradverify.account;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests worth returning to after sign-in: pages the browser navigated to. A browser sent to
 * the login page keeps fetching what pages need and what it looks for by itself (favicon.ico,
 * apple-touch-icon.png, /.well-known/…); each of those, saved, would replace the page the user
 * asked for, and a fresh browser's first sign-in landed on {@code /favicon.ico?continue}. So only
 * a GET that asks for HTML as a document is saved, never an API, asset or error URL; without a
 * saved request the login goes to the role's start page.
 */
final class PageNavigationMatcher implements RequestMatcher {

	private static final RequestMatcher NOT_A_PAGE;

	static {
		var paths = PathPatternRequestMatcher.withDefaults();
		NOT_A_PAGE = new OrRequestMatcher(SecurityConfiguration.API, SecurityConfiguration.STATIC_RESOURCES,
				paths.matcher("/error/**"), paths.matcher("/.well-known/**"), paths.matcher("/favicon.*"),
				paths.matcher("/apple-touch-icon*"));
	}

	private final MediaTypeRequestMatcher acceptsHtml = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);

	PageNavigationMatcher() {
		// "*/*" alone is what images, scripts and command-line clients ask for, not a page
		acceptsHtml.setIgnoredMediaTypes(Set.of(MediaType.ALL));
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		String destination = request.getHeader("Sec-Fetch-Dest");
		return HttpMethod.GET.matches(request.getMethod())
				&& (destination == null || "document".equals(destination))
				&& !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				&& acceptsHtml.matches(request)
				&& !NOT_A_PAGE.matches(request);
	}
}
