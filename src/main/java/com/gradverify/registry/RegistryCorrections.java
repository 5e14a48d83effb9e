package com.gradverify.registry;

import java.util.Map;

/** Corrections of the school's copy of the registry, each traceable to the change request that asked for it. */
public interface RegistryCorrections {

	/**
	 * Sets the fields to their new values, keeping the old ones in the record's history with the
	 * request's id, and publishes {@link RegistryRecordCorrected} — all in the caller's transaction.
	 */
	void correct(long recordId, Map<CorrectableField, String> newValues, long amendmentId);
}
