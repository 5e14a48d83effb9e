package com.gradverify.amendment;

/**
 * The school decided a change request (申请异动): raised in the decision's transaction, for the notice
 * to the student. {@code revision} numbers the request's submissions, so that each decision is one
 * event even when a rejected request is decided again after resubmission.
 */
public record AmendmentDecided(long requestId, long accountId, int graduationYear, int revision, boolean approved) {
}
