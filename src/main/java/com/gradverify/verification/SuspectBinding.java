package com.gradverify.verification;

import com.gradverify.review.ReviewState;

import java.time.Instant;

/**
 * An application bound to the registry record of another 学号, waiting for an administrator: who
 * holds it (the account's 学号 and name), whose record it is, the record's masked 身份证号.
 */
public record SuspectBinding(long id, long applicationId, String holderStudentNo, String holderName,
		String recordStudentNo, String maskedIdCard, ReviewState status, Instant detectedAt) {
}
