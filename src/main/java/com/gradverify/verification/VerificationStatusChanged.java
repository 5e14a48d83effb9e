package com.gradverify.verification;

/** Published whenever an application changes status (notifications, the verified gate's caches). */
public record VerificationStatusChanged(Long applicationId, long accountId, ApplicationStatus from,
		ApplicationStatus to) {
}
