package com.gradverify.account;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.util.UrlUtils;

/**
 * A plain GET of the page a form was posted from, standing in for the refused POST when the request
 * cache saves where to go after signing in: no parameters (the posted values, CSRF token included,
 * are not kept on the server) and no body headers.
 */
final class FormPageVisit extends HttpServletRequestWrapper {

	private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length");

	private final String page;

	/** {@code page} is a path inside the application's context, without a query. */
	FormPageVisit(HttpServletRequest post, String page) {
		super(post);
		this.page = page;
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public String getRequestURI() {
		return getContextPath() + page;
	}

	@Override
	public StringBuffer getRequestURL() {
		return new StringBuffer(UrlUtils.buildFullRequestUrl(getScheme(), getServerName(), getServerPort(),
				getRequestURI(), null));
	}

	@Override
	public String getServletPath() {
		return page;
	}

	@Override
	public String getPathInfo() {
		return null;
	}

	@Override
	public String getQueryString() {
		return null;
	}

	@Override
	public String getParameter(String name) {
		return null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Map.of();
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.emptyEnumeration();
	}

	@Override
	public String[] getParameterValues(String name) {
		return null;
	}

	@Override
	public String getContentType() {
		return null;
	}

	@Override
	public String getHeader(String name) {
		return isBodyHeader(name) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return isBodyHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		return Collections.enumeration(Collections.list(super.getHeaderNames())
			.stream()
			.filter(name -> !isBodyHeader(name))
			.toList());
	}

	private static boolean isBodyHeader(String name) {
		return BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT));
	}
}
