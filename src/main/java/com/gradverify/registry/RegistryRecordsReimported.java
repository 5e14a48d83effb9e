package com.gradverify.registry;

import java.util.List;

/**
 * An import changed these existing registry records (published in the transaction that stores
 * them); comparisons against them are stale.
 */
public record RegistryRecordsReimported(List<Long> recordIds) {

	public RegistryRecordsReimported {
		recordIds = List.copyOf(recordIds);
	}
}
