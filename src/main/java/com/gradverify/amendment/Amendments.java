package com.gradverify.amendment;

import java.time.Instant;
import java.util.List;

import com.gradverify.verification.KeyField;

/** What other modules may ask about change requests (e.g. the review detail page). */
public interface Amendments {

	/** The student's requests that are not closed (draft, submitted or rejected), newest first. */
	List<OpenRequest> openRequestsOf(long accountId);

	/** A request in a few words: its status and the fields it claims. */
	record OpenRequest(long id, AmendmentStatus status, List<KeyField> fields, Instant submittedAt) {
	}
}
