package com.gradverify.review;

import java.time.Instant;

/**
 * One row of a review queue; {@code maskedIdCard} is never the full number. {@code changedCount} is how
 * many registry-held fields beyond the key ones the student changed (已修改), 0 for kinds without a registry.
 */
public record QueueItem(String kind, long id, String studentNo, String name, String maskedIdCard, String collegeName,
		String majorName, String className, String status, int mismatchCount, int notComparedCount, boolean bound,
		Instant submittedAt, long version, int changedCount) {

	/** An item of a kind that has no registry to change from. */
	public QueueItem(String kind, long id, String studentNo, String name, String maskedIdCard, String collegeName,
			String majorName, String className, String status, int mismatchCount, int notComparedCount, boolean bound,
			Instant submittedAt, long version) {
		this(kind, id, studentNo, name, maskedIdCard, collegeName, majorName, className, status, mismatchCount,
				notComparedCount, bound, submittedAt, version, 0);
	}
}
