package com.gradverify.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Temp files of uploads in progress: created owner-only, deleted whatever happens. */
final class TempFiles {

	private static final Logger log = LoggerFactory.getLogger(TempFiles.class);

	private TempFiles() {
	}

	static Path create(Path dir, String prefix) {
		try {
			Files.createDirectories(dir);
			return Files.createTempFile(dir, prefix, ".part");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temp file in " + dir, ex);
		}
	}

	static void delete(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete temp file {}", file, ex);
		}
	}
}
