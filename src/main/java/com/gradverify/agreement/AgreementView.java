package com.gradverify.agreement;

import java.time.Instant;
import java.util.List;

import com.gradverify.evidence.EvidenceFile;
import com.gradverify.review.ReviewRecord;

/**
 * A 协议申请 as its graduate sees it. {@code scan} is the signed agreement (null until uploaded);
 * {@code breachable} says a 违约申请 may be filed against it now.
 */
public record AgreementView(long id, ApplicationState status, long version, AgreementForm form, EvidenceFile scan,
		Instant submittedAt, Instant decidedAt, Instant terminatedAt, boolean breachable, List<ReviewRecord> decisions)
		implements ApplicationView {

	@Override
	public EvidenceFile evidence() {
		return scan;
	}
}
