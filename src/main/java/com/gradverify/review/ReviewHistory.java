package com.gradverify.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every decision taken on an item, oldest first. */
@Service
public class ReviewHistory {

	private final JdbcClient jdbc;

	ReviewHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ReviewRecord> of(String kind, long id) {
		return jdbc.sql("""
				select level, decision, comment, reviewer_name, decided_at, fields from review_decision
				where subject_kind = :kind and subject_id = :id order by decided_at, id""")
			.param("kind", kind)
			.param("id", id)
			.query((rs, n) -> new ReviewRecord(ReviewLevel.valueOf(rs.getString("level")),
					Decision.valueOf(rs.getString("decision")), rs.getString("comment"),
					rs.getString("reviewer_name"), rs.getObject("decided_at", java.time.OffsetDateTime.class).toInstant(),
					List.of((String[]) rs.getArray("fields").getArray())))
			.list();
	}

	/** {@code fields} are known field names (no commas), checked by the caller against the kind's form. */
	void record(String kind, long id, ReviewLevel level, Decision decision, String comment, List<String> fields,
			long reviewerId, String reviewerName) {
		jdbc.sql("""
				insert into review_decision (subject_kind, subject_id, level, decision, comment, fields, reviewer_account_id, reviewer_name)
				values (:kind, :id, :level, :decision, :comment, string_to_array(:fields, ','), :reviewer, :reviewerName)""")
			.param("kind", kind)
			.param("id", id)
			.param("level", level.name())
			.param("decision", decision.name())
			.param("comment", comment)
			.param("fields", String.join(",", fields))
			.param("reviewer", reviewerId)
			.param("reviewerName", reviewerName)
			.update();
	}
}
