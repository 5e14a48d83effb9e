package com.gradverify.verification;

/** The 实名认证 as a reviewable kind, by the name the review module and its events use. */
public final class VerificationKind {

	/** The kind's name in review queues, decisions and {@link com.gradverify.review.ReviewStateChanged}. */
	public static final String NAME = "VERIFICATION";

	private VerificationKind() {
	}
}
