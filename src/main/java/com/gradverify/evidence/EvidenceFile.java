package com.gradverify.evidence;

import java.time.Instant;

/**
 * One stored evidence file as other modules see it. {@code displayName} is generated (a
 * sanitised stem, the upload date, a short hash and the real extension), never the client's path.
 */
public record EvidenceFile(long id, long ownerAccountId, String contentType, long sizeBytes, String displayName,
		String purpose, Instant createdAt, boolean locked) {

	public boolean isImage() {
		return contentType.startsWith("image/");
	}

	public boolean isOwnedBy(long accountId) {
		return ownerAccountId == accountId;
	}
}
