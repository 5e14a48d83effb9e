package com.gradverify.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the configured first administrator at start-up if the username does not exist yet.
 * The administrator must change the configured password at first login, since it sits in the
 * deployment's configuration for everyone with access to it to read.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final BootstrapAdminProperties properties;

	private final StaffAccounts staff;

	BootstrapAdmin(BootstrapAdminProperties properties, StaffAccounts staff) {
		this.properties = properties;
		this.staff = staff;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (properties.partlyConfigured()) {
			throw new IllegalStateException(
					"Set both gradverify.bootstrap-admin.username and gradverify.bootstrap-admin.password, or neither");
		}
		if (!properties.configured()) {
			log.info("No bootstrap administrator configured (gradverify.bootstrap-admin.*)");
			return;
		}
		String username = properties.username().strip();
		if (staff.createIfAbsent(username, username, Role.ADMIN, null, properties.password(), true)) {
			log.info("Created bootstrap administrator '{}'", username);
		}
		else {
			log.info("Bootstrap administrator '{}' already exists; left unchanged", username);
		}
	}
}
