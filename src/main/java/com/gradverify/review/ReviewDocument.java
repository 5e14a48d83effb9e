package com.gradverify.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One reviewable item as API clients see it, whatever its kind: its state, every form field next
 * to the registry's value with the comparison mark, the decisions so far and the history.
 */
public record ReviewDocument(String kind, long id, String status, long version, boolean bound, int mismatchCount,
		int notComparedCount, boolean registryChanged, Long originEvidenceId, Instant submittedAt, List<Field> fields,
		List<ReviewRecord> decisions, List<HistoryEntry> history) {

	/**
	 * One form field: {@code section} groups them (e.g. identity), {@code comparison} is MATCH,
	 * MISMATCH or NOT_COMPARED for key fields and null for the others.
	 */
	public record Field(String section, String name, String value, String registryValue, String comparison) {
	}

	/** One audit entry about the item. */
	public record HistoryEntry(Instant at, String actor, String action, Map<String, Object> details) {
	}
}
