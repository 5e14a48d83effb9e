package com.gradverify.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * {@code fields} are known field names (no commas), checked by the caller against the kind's form;
	 * {@code formValues} is the form as it stands (field name → value), kept with a rejection only.
	 */
	void record(String kind, long id, ReviewLevel level, Decision decision, String comment, List<String> fields,
			Map<String, String> formValues, long reviewerId, String reviewerName) {
		boolean keepForm = decision == Decision.REJECT && formValues != null;
		jdbc.sql("""
				insert into review_decision (subject_kind, subject_id, level, decision, comment, fields, reviewer_account_id,
				                             reviewer_name, form_field_names, form_field_values)
				values (:kind, :id, :level, :decision, :comment, string_to_array(:fields, ','), :reviewer, :reviewerName,
				        :names, :values)""")
			.param("kind", kind)
			.param("id", id)
			.param("level", level.name())
			.param("decision", decision.name())
			.param("comment", comment)
			.param("fields", String.join(",", fields))
			.param("reviewer", reviewerId)
			.param("reviewerName", reviewerName)
			.param("names", keepForm ? formValues.keySet().toArray(String[]::new) : null)
			.param("values", keepForm ? formValues.values().toArray(String[]::new) : null)
			.update();
	}

	/** The form as it stood at the item's last rejection (field name → value, the form's order); empty if none. */
	Map<String, String> formAtLastRejection(String kind, long id) {
		return jdbc.sql("""
				select form_field_names, form_field_values from review_decision
				where subject_kind = :kind and subject_id = :id and decision = 'REJECT' and form_field_names is not null
				order by decided_at desc, id desc limit 1""")
			.param("kind", kind)
			.param("id", id)
			.query((rs, n) -> {
				String[] names = (String[]) rs.getArray("form_field_names").getArray();
				String[] values = (String[]) rs.getArray("form_field_values").getArray();
				Map<String, String> form = new LinkedHashMap<>();
				for (int i = 0; i < names.length; i++) {
					form.put(names[i], values[i]);
				}
				return form;
			})
			.optional()
			.orElse(Map.of());
	}
}
