package com.gradverify.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One reviewable item as API clients see it, whatever its kind: its state, every form field next
 * to the registry's value with the comparison mark, the decisions so far and the history.
 * {@code changedCount} counts the fields marked CHANGED (已修改).
 */
public record ReviewDocument(String kind, long id, String status, long version, boolean bound, int mismatchCount,
		int notComparedCount, boolean registryChanged, Long originEvidenceId, Instant submittedAt, List<Field> fields,
		List<ReviewRecord> decisions, List<HistoryEntry> history, int changedCount) {

	/** A document of a kind that has no registry to change from. */
	public ReviewDocument(String kind, long id, String status, long version, boolean bound, int mismatchCount,
			int notComparedCount, boolean registryChanged, Long originEvidenceId, Instant submittedAt,
			List<Field> fields, List<ReviewRecord> decisions, List<HistoryEntry> history) {
		this(kind, id, status, version, bound, mismatchCount, notComparedCount, registryChanged, originEvidenceId,
				submittedAt, fields, decisions, history, 0);
	}

	/**
	 * One form field: {@code section} groups them (e.g. identity), {@code comparison} is MATCH,
	 * MISMATCH or NOT_COMPARED for key fields, CHANGED (已修改) for another field the registry holds
	 * that the student changed from {@code registryValue}, and null otherwise. {@code valueName} and
	 * {@code registryValueName} name coded values (01 → 汉族, 430621 → 湖南省岳阳县), null for others.
	 */
	public record Field(String section, String name, String value, String registryValue, String comparison,
			String valueName, String registryValueName) {

		/** A field without names for its values. */
		public Field(String section, String name, String value, String registryValue, String comparison) {
			this(section, name, value, registryValue, comparison, null, null);
		}
	}

	/** One audit entry about the item. */
	public record HistoryEntry(Instant at, String actor, String action, Map<String, Object> details) {
	}
}
