/**
 * 申请异动: change requests for key fields the verification form marks 不匹配, backed by evidence per
 * field, reviewed by the school alone; approval corrects the registry record (with history) in the
 * decision's transaction. A request lives no longer than the binding it was filed from: when the
 * verification module reports that the application left the record
 * ({@link com.gradverify.verification.VerificationBindingReleased}) its open requests are closed
 * (已关闭), and approval checks the binding again.
 * <p>
 * Other modules use {@link com.gradverify.amendment.Amendments} (e.g. a student's open requests on
 * the review detail page). Students work at {@code /verification/amendments} and
 * {@code /api/v1/me/amendments}; school reviewers at {@code /amendments} and {@code /api/v1/amendments}.
 * Reviewers read submitted evidence through {@code AmendmentEvidenceAccess}, an evidence access policy.
 */
package com.gradverify.amendment;
