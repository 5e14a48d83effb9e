package com.gradverify.amendment;

import java.util.List;
import java.util.Map;

import com.gradverify.review.ReviewDetailSection;
import com.gradverify.verification.KeyField;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows reviewers of a 实名认证 application the student's change requests that are still open, each
 * field with the registry's value and the claimed one (民族 汉族（01） → 土家族（15））.
 */
@Component
class OpenRequestsOnReviewPage implements ReviewDetailSection {

	private final AmendmentRequests requests;

	private final JdbcClient jdbc;

	OpenRequestsOnReviewPage(AmendmentRequests requests, JdbcClient jdbc) {
		this.requests = requests;
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
	@Transactional(readOnly = true)
	public Map<String, Object> model(long applicationId) {
		List<OpenRequest> open = jdbc
			.sql("select distinct account_id from amendment_request where application_id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(accountId -> requests.findByAccountIdAndStatusIn(accountId, AmendmentStatus.open()).stream())
			.map(r -> new OpenRequest(r.getId(), r.getStatus(),
					r.getFields()
						.stream()
						.map(f -> new Claimed(f.getField(), f.getRegistryValue(), f.getClaimedValue()))
						.toList()))
			.toList();
		return Map.of("openRequests", open);
	}

	/** An open request as the section shows it. */
	record OpenRequest(long id, AmendmentStatus status, List<Claimed> fields) {
	}

	/** One field of it: the registry's value and the claimed one, as stored (codes as codes). */
	record Claimed(KeyField field, String registryValue, String claimedValue) {
	}
}
