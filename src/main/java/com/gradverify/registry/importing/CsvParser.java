package com.gradverify.registry.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader: comma separated, fields optionally in double quotes, {@code ""} for a quote
 * inside one, line breaks allowed inside quotes, CRLF or LF line ends. Reads one record at a time
 * through a fixed buffer, so memory stays flat whatever the file size.
 */
final class CsvParser {

	private final Reader in;

	private final char[] buffer = new char[64 * 1024];

	private final StringBuilder field = new StringBuilder(64);

	private int position;

	private int limit;

	private int line = 1;

	private int recordLine;

	CsvParser(Reader in) {
		this.in = in;
	}

	/** The line number on which the last record returned by {@link #next()} starts (1-based). */
	int recordLine() {
		return recordLine;
	}

	/** The next record, or {@code null} at the end of the input. Empty lines are skipped. */
	List<String> next() throws IOException {
		int c = read();
		while (c == '\n' || c == '\r') {
			if (c == '\n') {
				line++;
			}
			c = read();
		}
		if (c == -1) {
			return null;
		}
		recordLine = line;
		List<String> cells = new ArrayList<>(24);
		field.setLength(0);
		boolean quoted = false;
		boolean fieldWasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					// an unterminated quote: keep what was read rather than lose the row
					cells.add(field.toString());
					return cells;
				}
				if (c == '"') {
					int next = read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					if (c == '\n') {
						line++;
					}
					field.append((char) c);
				}
			}
			else if (c == ',') {
				cells.add(field.toString());
				field.setLength(0);
				fieldWasQuoted = false;
			}
			else if (c == '\n' || c == -1) {
				cells.add(field.toString());
				if (c == '\n') {
					line++;
				}
				return cells;
			}
			else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
				quoted = true;
				fieldWasQuoted = true;
			}
			else if (c != '\r') {
				field.append((char) c);
				appendRestOfPlainText();
			}
			c = read();
		}
	}

	/** Appends the buffered characters up to the next one with a meaning, in one call rather than one per character. */
	private void appendRestOfPlainText() {
		int start = position;
		while (position < limit) {
			char c = buffer[position];
			if (c == ',' || c == '\n' || c == '\r' || c == '"') {
				break;
			}
			position++;
		}
		field.append(buffer, start, position - start);
	}

	private int read() throws IOException {
		if (position == limit) {
			limit = in.read(buffer, 0, buffer.length);
			position = 0;
			if (limit <= 0) {
				limit = 0;
				return -1;
			}
		}
		return buffer[position++];
	}
}
