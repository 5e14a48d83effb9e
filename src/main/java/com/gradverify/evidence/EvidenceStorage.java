package com.gradverify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where evidence bytes live, addressed by their SHA-256 (lower-case hex). Identical content is
 * kept once. The filesystem implementation is the default; an object store can implement the
 * same three operations.
 */
interface EvidenceStorage {

	/** Keeps a copy of {@code source} under {@code sha256} unless one is there already; atomic for readers. */
	void put(String sha256, Path source) throws IOException;

	InputStream open(String sha256) throws IOException;

	/** Removes the content; nothing happens when there is none. */
	void delete(String sha256) throws IOException;
}
