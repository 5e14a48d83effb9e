package com.gradverify.verification.web;

import com.gradverify.verification.ChaseQuery;
import com.gradverify.verification.ChaseState;
import com.gradverify.verification.VerificationProgress.ProgressRow;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of chase lists (催办名单) for the templates: a dashboard number's list, a list's pages,
 * its XLSX and its reminder confirmation. Public, as Thymeleaf calls it; {@code @{${…}}} adds the
 * context path.
 */
public final class ChaseLinks {

	static final String LIST = "/reviews/progress/students";

	/** Where the notification module shows a reminder batch's delivery, followed by its batch key. */
	static final String DELIVERY = "/notifications/reminders/";

	private final Integer graduationYear;

	ChaseLinks(Integer graduationYear) {
		this.graduationYear = graduationYear;
	}

	/** The list of a dashboard row's students in {@code state} (null or blank: all of them). */
	public String of(ProgressRow row, String state) {
		// a dashboard has thousands of these: the row's values are the registry's own, no query to check
		return address(LIST, graduationYear, row.collegeId(), row.majorCode(), row.className(),
				ChaseState.parse(state), null);
	}

	/** The whole 届's (or, for a college reviewer, their college's) students in {@code state}. */
	public String all(String state) {
		return address(LIST, new ChaseQuery(graduationYear, null, null, null, ChaseState.parse(state)), null);
	}

	/** The same list in another state (null or blank: every student). */
	public String inState(ChaseQuery query, String state) {
		return address(LIST, query.inState(ChaseState.parse(state)), null);
	}

	public String page(ChaseQuery query, int page) {
		return address(LIST, query, page);
	}

	public String xlsx(ChaseQuery query) {
		return address(LIST + ".xlsx", query, null);
	}

	public String remind(ChaseQuery query) {
		return address(LIST + "/remind", query, null);
	}

	/** The delivery progress of a reminder batch, kept by the notification module. */
	public String delivery(String batchKey) {
		return DELIVERY + batchKey;
	}

	static String address(String path, ChaseQuery query, Integer page) {
		return address(path, query.graduationYear(), query.collegeId(), query.majorCode(), query.className(),
				query.state(), page);
	}

	private static String address(String path, Integer graduationYear, Long collegeId, String majorCode,
			String className, ChaseState state, Integer page) {
		var uri = UriComponentsBuilder.fromPath(path);
		if (graduationYear != null) {
			uri.queryParam("graduationYear", graduationYear);
		}
		if (collegeId != null) {
			uri.queryParam("collegeId", collegeId);
		}
		if (majorCode != null) {
			uri.queryParam("majorCode", majorCode);
		}
		if (className != null) {
			uri.queryParam("className", className);
		}
		if (state != null) {
			uri.queryParam("state", state.name());
		}
		if (page != null && page > 0) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}
}
