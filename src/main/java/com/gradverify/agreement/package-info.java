/**
 * 协议申请 and 违约申请 of verified graduates. Both are {@link com.gradverify.review.ReviewableKind}s
 * (AGREEMENT, BREACH), so the review module's queues, scoping, decisions, batch approval and audit
 * apply unchanged; both share one two-level state machine ({@code TwoLevelApplication}). Every
 * student action passes {@link com.gradverify.verification.VerifiedGate} first.
 * <p>
 * Other modules use {@link com.gradverify.agreement.AgreementService} and
 * {@link com.gradverify.agreement.BreachService} (views, never entities). Students work at
 * {@code /agreements}, {@code /breaches}, {@code /api/v1/me/agreements} and {@code /api/v1/me/breaches};
 * reviewers through {@code /reviews?kind=AGREEMENT|BREACH|ALL} and {@code /api/v1/reviews?kind=…}.
 * Reviewers open the agreement scans and 解约函 through {@code ApplicationEvidenceAccess}.
 */
package com.gradverify.agreement;
