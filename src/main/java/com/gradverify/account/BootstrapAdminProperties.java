package com.gradverify.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a fresh installation ({@code gradverify.bootstrap-admin.*}, or the
 * environment variables {@code GRADVERIFY_BOOTSTRAP_ADMIN_USERNAME} / {@code _PASSWORD}). There is
 * deliberately no default: without both values no administrator is created.
 */
@ConfigurationProperties("gradverify.bootstrap-admin")
record BootstrapAdminProperties(String username, String password) {

	boolean configured() {
		return username != null && !username.isBlank() && password != null && !password.isEmpty();
	}

	boolean partlyConfigured() {
		return !configured() && ((username != null && !username.isBlank()) || (password != null && !password.isEmpty()));
	}
}
