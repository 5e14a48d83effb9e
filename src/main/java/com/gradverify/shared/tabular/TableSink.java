package com.gradverify.shared.tabular;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An exported table written one row at a time, so nothing holds the whole table in memory: XLSX
 * through POI's streaming workbook, or CSV. Cells are text (codes keep their leading zeros).
 */
public interface TableSink extends AutoCloseable {

	/** A sink writing {@code format} to {@code out}, which stays open; {@code sheetName} names the XLSX sheet. */
	static TableSink open(TableFormat format, OutputStream out, String sheetName) throws IOException {
		return format == TableFormat.XLSX ? new XlsxTableSink(out, sheetName) : new CsvTableSink(out);
	}

	void header(String[] names) throws IOException;

	void row(String[] values) throws IOException;

	/** Writes what is buffered (the XLSX's zip directory) and releases temporary files. */
	@Override
	void close() throws IOException;
}
