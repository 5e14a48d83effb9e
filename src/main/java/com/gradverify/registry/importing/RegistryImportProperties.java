package com.gradverify.registry.importing;

import java.nio.file.Path;

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
 */
@ConfigurationProperties("gradverify.registry")
public record RegistryImportProperties(@DefaultValue("50MB") DataSize maxUploadSize,
		@DefaultValue("5000") int batchSize, @DefaultValue("4") int maxQueuedImports, Path spoolDir) {

	public RegistryImportProperties {
		if (spoolDir == null) {
			spoolDir = Path.of(System.getProperty("java.io.tmpdir"), "gradverify-registry-spool");
		}
	}
}
