package com.gradverify.agreement;

import com.gradverify.evidence.EvidenceFiles;

/** Evidence housekeeping both application kinds share. */
final class Evidence {

	private Evidence() {
	}

	/**
	 * Deletes a replaced file that was never submitted; a locked one backed a submission a reviewer
	 * saw, so it stays.
	 */
	static void discardIfUnlocked(EvidenceFiles evidence, Long previousId, long ownerAccountId) {
		if (previousId == null) {
			return;
		}
		evidence.find(previousId).filter(f -> !f.locked()).ifPresent(f -> evidence.delete(f.id(), ownerAccountId));
	}
}
