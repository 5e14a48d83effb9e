package com.gradverify.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per JVM: every Spring context of the test run shares it, so the suite
 * pays the start-up once.
 */
public final class EmbeddedDatabase {

	private static EmbeddedPostgres shared;

	private EmbeddedDatabase() {
	}

	public static synchronized EmbeddedPostgres forTests() {
		if (shared == null) {
			shared = start(EmbeddedPostgres.builder());
		}
		return shared;
	}

	/** A server whose data survives restarts, for the local run. */
	public static EmbeddedPostgres persistent(Path dataDirectory, int port) {
		return start(EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPort(port));
	}

	private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
		try {
			EmbeddedPostgres postgres = builder
				.setServerConfig("max_connections", "100")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is going away anyway
				}
			}));
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}
}
