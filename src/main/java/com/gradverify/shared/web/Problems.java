package com.gradverify.shared.web;

import java.util.List;

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
}
