package com.gradverify.review;

/** What a reviewer decides: approve, reject (comment required), or — the school only — return to the college. */
public enum Decision {
	APPROVE, REJECT, RETURN
}
