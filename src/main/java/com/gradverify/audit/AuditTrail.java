package com.gradverify.audit;

import java.util.Map;

/**
 * The record of who did what and when. Every state transition, review decision, export and
 * account change is written here, in the same transaction as the change itself.
 */
public interface AuditTrail {

	void record(String actor, String action, String subjectType, String subjectId, Map<String, ?> details);

	/** The entries about one subject, oldest first. */
	java.util.List<AuditEntry> of(String subjectType, String subjectId);

	record AuditEntry(java.time.Instant occurredAt, String actor, String action, Map<String, Object> details) {
	}
}
