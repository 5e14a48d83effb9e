package com.gradverify.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a request whose parameters contain NUL (U+0000): PostgreSQL cannot store it in
 * text, so it would otherwise surface as a database error, at the login even before any form
 * validation runs. Runs first in the security chain. Multipart bodies are left to the upload
 * handling; JSON bodies are checked where they are read ({@code NulFreeStrings}).
 */
class NulCharacterFilter extends OncePerRequestFilter {

	static final String NUL_CHARACTER = "NUL_CHARACTER";

	private final ApiProblemResponses problems;

	NulCharacterFilter(ApiProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isMultipart(request) && carriesNul(request.getParameterMap())) {
			if (SecurityConfiguration.API.matches(request)) {
				problems.write(response, HttpStatus.BAD_REQUEST, NUL_CHARACTER);
			}
			else {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(MediaType.parseMediaType(type));
	}

	private static boolean carriesNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return true;
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}
}
