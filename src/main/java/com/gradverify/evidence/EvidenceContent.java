package com.gradverify.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** The bytes of one evidence file, opened for reading; the caller closes it. */
public record EvidenceContent(EvidenceFile file, InputStream stream) implements Closeable {

	@Override
	public void close() throws IOException {
		stream.close();
	}
}
