package com.gradverify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.gradverify.shared.SpoolDirectory;

/**
 * Copies an upload to an owner-only file in the {@link SpoolDirectory}, stopping as soon as it
 * passes the size limit so a huge upload never fills the disk. The caller deletes the file.
 */
final class UploadSpool {

	private final SpoolDirectory spool;

	private final long maxBytes;

	UploadSpool(SpoolDirectory spool, long maxBytes) {
		this.spool = spool;
		this.maxBytes = maxBytes;
	}

	Path receive(InputStream content) {
		Path spooled = spool.newFile("upload-");
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
			spool.delete(spooled);
			throw new UncheckedIOException("Could not receive the upload", ex);
		}
		catch (RuntimeException ex) {
			spool.delete(spooled);
			throw ex;
		}
	}
}
