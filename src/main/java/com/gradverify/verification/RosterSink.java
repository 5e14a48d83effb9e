package com.gradverify.verification;

import java.io.IOException;

/** Where roster rows go, one at a time, so nothing holds the whole roster in memory. */
interface RosterSink extends AutoCloseable {

	void header(String[] names) throws IOException;

	void row(String[] values) throws IOException;

	/** Writes what is buffered (the XLSX's zip directory) and releases temporary files. */
	@Override
	void close() throws IOException;
}
