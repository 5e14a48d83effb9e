package com.gradverify.review;

import java.time.Instant;

/** One decision as the student and reviewers see it under 审核结果. */
public record ReviewRecord(ReviewLevel level, Decision decision, String comment, String reviewerName,
		Instant decidedAt) {
}
