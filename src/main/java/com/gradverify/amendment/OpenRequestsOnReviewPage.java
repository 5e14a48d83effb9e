package com.gradverify.amendment;

import java.util.List;
import java.util.Map;

import com.gradverify.review.ReviewDetailSection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Shows reviewers of a 实名认证 application the student's change requests that are still open. */
@Component
class OpenRequestsOnReviewPage implements ReviewDetailSection {

	private final Amendments amendments;

	private final JdbcClient jdbc;

	OpenRequestsOnReviewPage(Amendments amendments, JdbcClient jdbc) {
		this.amendments = amendments;
		this.jdbc = jdbc;
	}

	@Override
	public boolean appliesTo(String kind) {
		return "VERIFICATION".equals(kind);
	}

	@Override
	public String fragment() {
		return "amendment/fragments :: openRequests";
	}

	@Override
	public Map<String, Object> model(long applicationId) {
		List<Amendments.OpenRequest> open = jdbc
			.sql("select distinct account_id from amendment_request where application_id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(accountId -> amendments.openRequestsOf(accountId).stream())
			.toList();
		return Map.of("openRequests", open);
	}
}
