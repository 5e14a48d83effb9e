package com.gradverify.registry.importing;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the registry import ({@code gradverify.registry.*}). Keep
 * {@code spring.servlet.multipart.max-file-size} above {@code max-upload-size} so that an
 * oversized file reaches the import's own check and gets its clear 400 answer.
 *
 * @param maxUploadSize the largest file accepted
 * @param batchSize rows stored per transaction
 * @param maxQueuedImports imports that may wait while one runs; more are refused
 * @param spoolDir where uploaded files wait for their import, owner-only (default: a folder under
 * the temp folder); one folder per running instance
 * @param heartbeatInterval how often the instance running an import says it is still at work
 * @param staleAfter how long an import may go without that sign before any instance marks it
 * FAILED (its instance stopped or lost the database); well above {@code heartbeatInterval}
 */
@ConfigurationProperties("gradverify.registry")
public record RegistryImportProperties(@DefaultValue("50MB") DataSize maxUploadSize,
		@DefaultValue("5000") int batchSize, @DefaultValue("4") int maxQueuedImports, Path spoolDir,
		@DefaultValue("5s") Duration heartbeatInterval, @DefaultValue("60s") Duration staleAfter) {

	public RegistryImportProperties {
		if (heartbeatInterval == null) {
			heartbeatInterval = Duration.ofSeconds(5);
		}
		if (staleAfter == null) {
			staleAfter = Duration.ofSeconds(60);
		}
		if (spoolDir == null) {
			spoolDir = Path.of(System.getProperty("java.io.tmpdir"), "gradverify-registry-spool");
		}
	}
}
