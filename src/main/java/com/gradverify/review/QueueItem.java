package com.gradverify.review;

import java.time.Instant;

/** One row of a review queue; {@code maskedIdCard} is never the full number. */
public record QueueItem(String kind, long id, String studentNo, String name, String maskedIdCard, String collegeName,
		String majorName, String className, String status, int mismatchCount, int notComparedCount, boolean bound,
		Instant submittedAt, long version) {
}
