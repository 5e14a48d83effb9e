/**
 * 申请异动: change requests for key fields the verification form marks 不匹配, backed by evidence per
 * field, reviewed by the school alone; approval corrects the registry record (with history) in the
 * decision's transaction. A request lives no longer than the binding it was filed from: when the
 * verification module reports that the application left the record
 * ({@link com.gradverify.verification.VerificationBindingReleased}) its open requests are closed
 * (已关闭), and approval checks the binding again.
 * <p>
 * The school decides each field on its own ({@link com.gradverify.amendment.FieldDecision}): one
 * accepted field approves the request and only the accepted fields correct the registry; all
 * rejected rejects it, and the student edits and resubmits with each field's reason in view.
 * Deciding the request as a whole accepts or rejects every field.
 * <p>
 * The review does not embed {@link com.gradverify.review.TwoLevelReview}: it has one level (the
 * school alone, no college step, no return to the college, no withdrawal), a CLOSED state no
 * two-level review has (the binding ended under it), and an outcome that follows from per-field
 * decisions rather than one decision on the whole. Fitting it in would add states and rules to the
 * shared review that no other kind has, so {@code AmendmentRequest} keeps its own, smaller state
 * machine with the same guarantees (guarded transitions answering 409, {@code @Version}).
 * <p>
 * Other modules use {@link com.gradverify.amendment.Amendments} (e.g. a student's open requests on
 * the review detail page). Students work at {@code /verification/amendments} and
 * {@code /api/v1/me/amendments}; school reviewers at {@code /amendments} and {@code /api/v1/amendments}.
 * Reviewers read submitted evidence through {@code AmendmentEvidenceAccess}, an evidence access policy.
 */
package com.gradverify.amendment;
