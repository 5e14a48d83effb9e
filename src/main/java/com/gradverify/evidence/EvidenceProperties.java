package com.gradverify.evidence;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and storage of evidence uploads ({@code gradverify.evidence.*}). The heap the checks may
 * take at once is about {@code max-concurrent-checks × max-image-memory}; size the JVM for it.
 * @param maxSize largest upload accepted
 * @param maxFilesPerSubject how many files one request or field may carry
 * @param maxPixels largest image (width × height) decoded; bigger headers are refused unread
 * @param maxImageMemory largest estimated decoded size of an image (pixels × bytes per pixel, so
 * 16-bit colour counts double); bigger ones are refused unread
 * @param maxConcurrentChecks how many uploads are decoded or parsed at the same time
 * @param checkWait how long an upload waits for a free check before it is refused as "busy"
 * @param maxPdfObjectStream largest decoded object stream a PDF may have (they are parsed in memory)
 * @param maxPdfScratch largest scratch file the PDF parser may write
 * @param storageDir where the filesystem storage keeps files (default: under the temp folder)
 */
@ConfigurationProperties("gradverify.evidence")
record EvidenceProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("10") int maxFilesPerSubject,
		@DefaultValue("40000000") long maxPixels, @DefaultValue("160MB") DataSize maxImageMemory,
		@DefaultValue("2") int maxConcurrentChecks, @DefaultValue("10s") Duration checkWait,
		@DefaultValue("16MB") DataSize maxPdfObjectStream, @DefaultValue("64MB") DataSize maxPdfScratch,
		Path storageDir) {

	EvidenceProperties {
		if (storageDir == null) {
			storageDir = Path.of(System.getProperty("java.io.tmpdir"), "gradverify-evidence");
		}
	}

	/** Where uploads are spooled while being checked: beside the storage, so each storage has its own. */
	Path workDir() {
		return storageDir.resolve("tmp");
	}
}
