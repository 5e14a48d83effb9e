package com.gradverify.verification;

import com.gradverify.registry.RegistryRecordCorrected;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.registry.RegistryRecordsReimported;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compares applications again when their registry records change, by an approved change request
 * or by a re-import, in the same transaction as the change, so that marks (and the 不匹配 counts
 * the queues and batch approval rely on) never disagree with the record.
 */
@Component
class RegistryChangeListener {

	private final VerificationApplications applications;

	private final RegistryRecords registry;

	RegistryChangeListener(VerificationApplications applications, RegistryRecords registry) {
		this.applications = applications;
		this.registry = registry;
	}

	@EventListener
	void on(RegistryRecordCorrected corrected) {
		applications.findByRegistryRecordId(corrected.recordId()).ifPresent(this::compareAgain);
	}

	@EventListener
	void on(RegistryRecordsReimported reimported) {
		applications.findForRegistryChange(reimported.recordIds()).forEach(this::compareAgain);
	}

	private void compareAgain(VerificationApplication application) {
		application.registryCorrected(registry.find(application.getRegistryRecordId()).orElse(null));
		applications.saveAndFlush(application);
	}
}
