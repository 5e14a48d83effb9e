package com.gradverify.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import com.gradverify.shared.web.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * The security layer's answers under {@code /api/**}: problem+json with a {@code code}, never a
 * redirect to the login page.
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String AUTHENTICATION_REQUIRED = "AUTHENTICATION_REQUIRED";

	static final String TOKEN_INVALID = "TOKEN_INVALID";

	static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	static final String CSRF_TOKEN_INVALID = "CSRF_TOKEN_INVALID";

	/** The request came with a session that has ended (see {@link SessionExpiry}). */
	static final String SESSION_EXPIRED = "SESSION_EXPIRED";

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblemResponses(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(response, HttpStatus.UNAUTHORIZED, SessionExpiry.signInProblem(request));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		// "access.denied" is the code the API's exception handler uses for the same refusal
		write(response, HttpStatus.FORBIDDEN, ex instanceof CsrfException ? CSRF_TOKEN_INVALID : "access.denied");
	}

	void write(HttpServletResponse response, HttpStatus status, String code) throws IOException {
		ProblemDetail problem = Problems.of(status, code, detail(code));
		// written by hand because filters run outside Spring MVC's message converters
		Map<String, Object> body = Problems.body(problem);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(body));
	}

	String detail(String code) {
		return messages.getMessage("security.problem." + code, null, code, LocaleContextHolder.getLocale());
	}
}
