package com.gradverify.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and storage of evidence uploads ({@code gradverify.evidence.*}).
 * @param maxSize largest upload accepted
 * @param maxFilesPerSubject how many files one request or field may carry
 * @param maxPixels largest image (width × height) decoded; bigger headers are refused unread
 * @param storageDir where the filesystem storage keeps files (default: under the temp folder)
 */
@ConfigurationProperties("gradverify.evidence")
record EvidenceProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("10") int maxFilesPerSubject,
		@DefaultValue("40000000") long maxPixels, Path storageDir) {

	EvidenceProperties {
		if (storageDir == null) {
			storageDir = Path.of(System.getProperty("java.io.tmpdir"), "gradverify-evidence");
		}
	}

	/** Where uploads are spooled while being checked: beside the storage, so moves stay cheap. */
	Path workDir() {
		return storageDir.resolve("tmp");
	}
}
