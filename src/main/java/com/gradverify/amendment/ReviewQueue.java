package com.gradverify.amendment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.gradverify.evidence.EvidenceFile;
import com.gradverify.verification.KeyField;

/** One page of the school's queue of change requests of one 届 (null: every 届), with the number in each status. */
public record ReviewQueue(AmendmentStatus status, Integer graduationYear, List<Row> rows,
		Map<AmendmentStatus, Long> counts, int page, int totalPages) {

	/** A request in the queue; {@code preview} is its first image, if any. */
	public record Row(long id, String studentName, String studentNo, String collegeName, AmendmentStatus status,
			List<KeyField> fields, Instant submittedAt, EvidenceFile preview) {
	}
}
