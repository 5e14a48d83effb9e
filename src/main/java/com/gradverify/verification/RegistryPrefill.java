package com.gradverify.verification;

import com.gradverify.registry.RegistryEntry;

/** Copies what the registry knows into the form; the fields it leaves blank stay the student's to fill. */
final class RegistryPrefill {

	private RegistryPrefill() {
	}

	static void apply(RegistryEntry entry, VerificationForm form) {
		FormFields.ALL.stream().filter(FormFields::prefilled).forEach(field -> field.prefill(entry, form));
	}
}
