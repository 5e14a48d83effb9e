package com.gradverify.review;

import java.time.Instant;
import java.util.List;

/**
 * One row of a review queue; {@code maskedIdCard} is never the full number. {@code changedCount} is how
 * many registry-held fields beyond the key ones the student changed (已修改), 0 for kinds without a registry.
 * {@code changedSinceRejection} names the form fields the student changed since the item was last
 * rejected (empty when it never was, or nothing changed).
 */
public record QueueItem(String kind, long id, String studentNo, String name, String maskedIdCard, String collegeName,
		String majorName, String className, String status, int mismatchCount, int notComparedCount, boolean bound,
		Instant submittedAt, long version, int changedCount, List<String> changedSinceRejection) {

	public QueueItem {
		changedSinceRejection = changedSinceRejection == null ? List.of() : List.copyOf(changedSinceRejection);
	}

	/** An item never rejected, or unchanged since. */
	public QueueItem(String kind, long id, String studentNo, String name, String maskedIdCard, String collegeName,
			String majorName, String className, String status, int mismatchCount, int notComparedCount, boolean bound,
			Instant submittedAt, long version, int changedCount) {
		this(kind, id, studentNo, name, maskedIdCard, collegeName, majorName, className, status, mismatchCount,
				notComparedCount, bound, submittedAt, version, changedCount, List.of());
	}

	/** An item of a kind that has no registry to change from. */
	public QueueItem(String kind, long id, String studentNo, String name, String maskedIdCard, String collegeName,
			String majorName, String className, String status, int mismatchCount, int notComparedCount, boolean bound,
			Instant submittedAt, long version) {
		this(kind, id, studentNo, name, maskedIdCard, collegeName, majorName, className, status, mismatchCount,
				notComparedCount, bound, submittedAt, version, 0);
	}
}
