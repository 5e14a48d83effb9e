package com.gradverify.review;

import java.time.Instant;
import java.util.List;

/**
 * One decision as the student and reviewers see it under 审核结果; {@code fields} are the form
 * fields a rejection pointed at (names as the form calls them), empty otherwise.
 */
public record ReviewRecord(ReviewLevel level, Decision decision, String comment, String reviewerName,
		Instant decidedAt, List<String> fields) {

	public ReviewRecord {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}
}
