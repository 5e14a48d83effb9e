package com.gradverify.shared.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error answers ({@code /error}: unknown paths, wrong methods or media types,
 * oversized requests, the 503 of a database outage): the Chinese error page for pages, and under
 * {@code /api/} an {@code application/problem+json} with a {@code code}, whatever the client
 * accepts, never Spring Boot's own JSON or HTML.
 */
class ErrorPages extends BasicErrorController {

	/** Seconds a client is asked to wait before retrying while the database is away. */
	static final String RETRY_AFTER_SECONDS = "30";

	private final MessageSource messages;

	private final JsonMapper json;

	ErrorPages(ErrorAttributes errorAttributes, WebProperties web, java.util.List<ErrorViewResolver> resolvers,
			MessageSource messages, JsonMapper json) {
		super(errorAttributes, web.getError(), resolvers);
		this.messages = messages;
		this.json = json;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (isApi(request)) {
			write(response, problem(request));
			return null;
		}
		if (getStatus(request) == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		}
		return super.errorHtml(request, response);
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		return isApi(request) ? problem(request) : super.error(request);
	}

	@Override
	public ResponseEntity<String> mediaTypeNotAcceptable(HttpServletRequest request) {
		if (isApi(request)) {
			var problem = problem(request);
			return ResponseEntity.status(problem.getStatusCode())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(json.writeValueAsString(problem.getBody()));
		}
		return super.mediaTypeNotAcceptable(request);
	}

	private ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		String code = code(status);
		String detail = messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
		var answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header("Retry-After", RETRY_AFTER_SECONDS);
		}
		return answer.body(Problems.body(Problems.of(status, code, detail)));
	}

	private void write(HttpServletResponse response, ResponseEntity<Map<String, Object>> problem) {
		response.setStatus(problem.getStatusCode().value());
		problem.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		try {
			response.getWriter().write(json.writeValueAsString(problem.getBody()));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The problem's {@code code}, also the key of its Chinese {@code detail}. */
	static String code(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "http.badRequest";
			case 401 -> "http.unauthorized";
			case 403 -> "access.denied";
			case 404 -> "http.notFound";
			case 405 -> "http.methodNotAllowed";
			case 406 -> "http.notAcceptable";
			case 413 -> "http.payloadTooLarge";
			case 415 -> "http.unsupportedMediaType";
			case 503 -> "service.unavailable";
			default -> status.is4xxClientError() ? "http.badRequest" : "error.unexpected";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String text ? text.substring(request.getContextPath().length())
				: request.getRequestURI();
		return path.startsWith("/api/");
	}
}
