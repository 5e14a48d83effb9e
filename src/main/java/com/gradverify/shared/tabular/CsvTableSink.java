package com.gradverify.shared.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** RFC 4180 CSV in UTF-8 with a BOM; every value quoted only when it must be. */
class CsvTableSink implements TableSink {

	private final Writer out;

	CsvTableSink(OutputStream stream) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
		out.write('\uFEFF');
	}

	@Override
	public void header(String[] names) throws IOException {
		row(names);
	}

	@Override
	public void row(String[] values) throws IOException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quoted(values[i]));
		}
		out.write("\r\n");
	}

	/**
	 * Quotes what needs it; a value starting with = + - @ is prefixed with ' so a spreadsheet
	 * does not run it as a formula.
	 */
	static String quoted(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	@Override
	public void close() throws IOException {
		out.flush();
	}
}
