package com.gradverify.agreement;

import java.time.Instant;
import java.util.List;

import com.gradverify.evidence.EvidenceFile;
import com.gradverify.review.ReviewRecord;

/** A 违约申请 as its graduate sees it, with the agreement it ends. */
public record BreachView(long id, long agreementId, String agreementEmployerName, ApplicationState status,
		long version, BreachForm form, EvidenceFile releaseLetter, Instant submittedAt, Instant decidedAt,
		List<ReviewRecord> decisions) implements ApplicationView {

	@Override
	public EvidenceFile evidence() {
		return releaseLetter;
	}
}
