package com.gradverify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload to a private temp file, stopping as soon as it passes the size limit so a
 * huge upload never fills the disk. The caller deletes the file.
 */
final class UploadSpool {

	private final Path workDir;

	private final long maxBytes;

	UploadSpool(Path workDir, long maxBytes) {
		this.workDir = workDir;
		this.maxBytes = maxBytes;
	}

	Path receive(InputStream content) {
		Path spooled = TempFiles.create(workDir, "upload-");
		try (content; OutputStream out = Files.newOutputStream(spooled)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			for (int read; (read = content.read(buffer)) != -1;) {
				total += read;
				if (total > maxBytes) {
					throw EvidenceRejected.because("evidence.tooLarge", maxBytes / (1024 * 1024));
				}
				out.write(buffer, 0, read);
			}
			if (total == 0) {
				throw EvidenceRejected.because("evidence.empty");
			}
			return spooled;
		}
		catch (IOException ex) {
			TempFiles.delete(spooled);
			throw new UncheckedIOException("Could not receive the upload", ex);
		}
		catch (RuntimeException ex) {
			TempFiles.delete(spooled);
			throw ex;
		}
	}
}
