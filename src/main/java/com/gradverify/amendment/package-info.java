/**
 * 申请异动: change requests for key fields the verification form marks 不匹配, backed by evidence per
 * field, reviewed by the school alone; approval corrects the registry record (with history) in the
 * decision's transaction.
 * <p>
 * Other modules use {@link com.gradverify.amendment.Amendments} (e.g. a student's open requests on
 * the review detail page). Students work at {@code /verification/amendments} and
 * {@code /api/v1/me/amendments}; school reviewers at {@code /amendments} and {@code /api/v1/amendments}.
 * Reviewers read submitted evidence through {@code AmendmentEvidenceAccess}, an evidence access policy.
 */
package com.gradverify.amendment;
