package com.gradverify.registry.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A CSV registry file in a known encoding. */
final class CsvTableFile extends TableFile {

	private final Charset charset;

	CsvTableFile(Path path, Charset charset) {
		super(path);
		this.charset = charset;
	}

	Charset charset() {
		return charset;
	}

	@Override
	void read(RowHandler handler) throws IOException {
		try (InputStream bytes = Files.newInputStream(path);
				Reader reader = new BufferedReader(new InputStreamReader(bytes, charset), 64 * 1024)) {
			skipByteOrderMark(reader);
			CsvParser parser = new CsvParser(reader);
			for (List<String> cells = parser.next(); cells != null; cells = parser.next()) {
				if (!isBlank(cells)) {
					handler.row(parser.recordLine(), cells);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Counts records by scanning bytes: a quote or a line feed byte never occurs inside a
	 * multi-byte UTF-8 or GB18030 character, so this agrees with the parser without decoding.
	 */
	@Override
	int countDataRows() throws IOException {
		int records = 0;
		boolean quoted = false;
		boolean content = false;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(path)) {
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					byte b = buffer[i];
					if (b == '"') {
						quoted = !quoted;
						content = true;
					}
					else if (b == '\n' && !quoted) {
						if (content) {
							records++;
						}
						content = false;
					}
					else if (b != ',' && b != '\r' && b != ' ' && b != '\t') {
						content = true;
					}
				}
			}
		}
		if (content) {
			records++;
		}
		return Math.max(0, records - 1);
	}

	private static void skipByteOrderMark(Reader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
	}
}
