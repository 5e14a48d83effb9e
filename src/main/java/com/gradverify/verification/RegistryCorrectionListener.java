package com.gradverify.verification;

import com.gradverify.registry.RegistryRecordCorrected;
import com.gradverify.registry.RegistryRecords;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compares an application again when its registry record is corrected, in the same transaction
 * as the correction, so marks and the record never disagree.
 */
@Component
class RegistryCorrectionListener {

	private final VerificationApplications applications;

	private final RegistryRecords registry;

	RegistryCorrectionListener(VerificationApplications applications, RegistryRecords registry) {
		this.applications = applications;
		this.registry = registry;
	}

	@EventListener
	void on(RegistryRecordCorrected corrected) {
		applications.findByRegistryRecordId(corrected.recordId()).ifPresent(application -> {
			application.registryCorrected(registry.find(corrected.recordId()).orElse(null));
			applications.saveAndFlush(application);
		});
	}
}
