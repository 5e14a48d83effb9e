package com.gradverify.review;

import java.util.List;

import com.gradverify.audit.AuditTrail.AuditEntry;

/**
 * One item as a reviewer entitled to it sees it: where it stands in the review, its kind's detail,
 * the decisions taken on it and its history.
 */
public record ReviewedItem(ReviewTarget target, ReviewDetail detail, List<ReviewRecord> decisions,
		List<AuditEntry> history) {

	public ReviewedItem {
		decisions = List.copyOf(decisions);
		history = List.copyOf(history);
	}
}
