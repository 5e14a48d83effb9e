package com.gradverify.registry;

/** A registry record was corrected by an approved change request; comparisons against it are stale. */
public record RegistryRecordCorrected(long recordId, long amendmentId) {
}
