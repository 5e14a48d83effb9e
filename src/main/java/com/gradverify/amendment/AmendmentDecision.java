package com.gradverify.amendment;

/** What the school decides on a submitted change request. */
public enum AmendmentDecision {
	APPROVE, REJECT
}
