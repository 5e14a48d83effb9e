package com.gradverify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps each content under {@code <storage-dir>/ab/cd/abcd…} (its SHA-256). New content is copied
 * to a temp file in the target folder and renamed into place, so readers never see half a file.
 * Only validated hex hashes become paths: nothing a client sends reaches the filesystem. The
 * single-node default ({@code gradverify.evidence.storage=filesystem}); several nodes use
 * {@link S3EvidenceStorage}.
 */
@Component
@ConditionalOnProperty(name = "gradverify.evidence.storage", havingValue = "filesystem", matchIfMissing = true)
class FilesystemEvidenceStorage implements EvidenceStorage {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	FilesystemEvidenceStorage(EvidenceProperties properties) {
		this.root = properties.storageDir().toAbsolutePath().normalize();
	}

	@Override
	public void put(String sha256, Path source) throws IOException {
		Path target = pathOf(sha256);
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
		try {
			Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	@Override
	public void delete(String sha256) throws IOException {
		Files.deleteIfExists(pathOf(sha256));
	}

	private Path pathOf(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 hex digest");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
