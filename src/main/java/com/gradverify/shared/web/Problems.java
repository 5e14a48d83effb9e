package com.gradverify.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem details every API error uses: {@code code}, {@code detail}, {@code errors}. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		return of(status, code, detail, List.of());
	}

	static ProblemDetail of(HttpStatusCode status, String code, String detail,
			List<ApiExceptionHandler.FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors.stream().map(ApiExceptionHandler.FieldProblem::asMap).toList());
		}
		return problem;
	}

	/**
	 * The problem as the JSON object clients receive, for answers written outside Spring MVC's
	 * message converters (filters, the error page).
	 */
	public static Map<String, Object> body(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}
}
