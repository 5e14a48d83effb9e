package com.gradverify.agreement;

import java.time.Instant;
import java.util.List;

import com.gradverify.audit.AuditTrail.AuditEntry;
import com.gradverify.review.ReviewDocument;
import com.gradverify.review.ReviewRecord;

/**
 * The review module's API document for 协议 and 违约 applications: always bound, no comparison marks,
 * no registry values; {@code originEvidenceId} carries the application's evidence file.
 */
final class Documents {

	private Documents() {
	}

	static ReviewDocument of(String kind, long id, ApplicationState status, long version, Instant submittedAt,
			List<DetailRow> rows, Long evidenceId, List<ReviewRecord> decisions, List<AuditEntry> history) {
		return new ReviewDocument(kind, id, status.name(), version, true, 0, 0, false, evidenceId, submittedAt,
				rows.stream().map(r -> new ReviewDocument.Field(r.section(), r.name(), r.value(), null, null)).toList(),
				decisions,
				history.stream()
					.map(e -> new ReviewDocument.HistoryEntry(e.occurredAt(), e.actor(), e.action(), e.details()))
					.toList());
	}
}
