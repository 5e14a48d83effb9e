package com.gradverify.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

/**
 * A registry file on disk, recognised by its content rather than its name: an XLSX workbook
 * (a zip holding {@code xl/workbook.xml}) or CSV text in UTF-8 (with or without BOM) or GBK
 * (read as GB18030, its superset). Anything else is refused.
 */
abstract sealed class TableFile permits CsvTableFile, XlsxTableFile {

	static final Charset GBK = Charset.forName("GB18030");

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	protected final Path path;

	TableFile(Path path) {
		this.path = path;
	}

	static TableFile open(Path path) {
		try {
			if (Files.size(path) == 0) {
				throw new RegistryFileException("registry.file.empty");
			}
			byte[] head = readHead(path, 64 * 1024);
			if (startsWith(head, ZIP_MAGIC)) {
				if (isWorkbook(path)) {
					return new XlsxTableFile(path);
				}
				throw new RegistryFileException("registry.file.unsupported");
			}
			for (byte b : head) {
				if (b == 0) {
					throw new RegistryFileException("registry.file.unsupported");
				}
			}
			if (decodesStrictly(path, StandardCharsets.UTF_8)) {
				return new CsvTableFile(path, StandardCharsets.UTF_8);
			}
			if (decodesStrictly(path, GBK)) {
				return new CsvTableFile(path, GBK);
			}
			throw new RegistryFileException("registry.file.unsupported");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Delivers every non-blank row, the header first, until the handler throws {@link Stop}. */
	abstract void read(RowHandler handler) throws IOException;

	/** The first non-blank row. */
	List<String> header() throws IOException {
		List<List<String>> found = new java.util.ArrayList<>(1);
		readUntilStopped(handler -> {
			found.add(handler);
			throw Stop.INSTANCE;
		});
		if (found.isEmpty()) {
			throw new RegistryFileException("registry.file.empty");
		}
		return found.get(0);
	}

	/** The number of non-blank rows after the header. */
	int countDataRows() throws IOException {
		int[] rows = { 0 };
		read((rowNo, cells) -> rows[0]++);
		return Math.max(0, rows[0] - 1);
	}

	private void readUntilStopped(java.util.function.Consumer<List<String>> first) throws IOException {
		try {
			read((rowNo, cells) -> first.accept(cells));
		}
		catch (Stop stopped) {
			// the handler has what it wanted
		}
	}

	static boolean isBlank(List<String> cells) {
		for (String cell : cells) {
			if (cell != null && !cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static boolean isWorkbook(Path path) {
		try (ZipFile zip = new ZipFile(path.toFile())) {
			return zip.getEntry("xl/workbook.xml") != null;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static byte[] readHead(Path path, int max) throws IOException {
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(max);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Whether the whole file is valid text in {@code charset}; streams it through a fixed buffer. */
	static boolean decodesStrictly(Path path, Charset charset) throws IOException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(64 * 1024);
		CharBuffer out = CharBuffer.allocate(64 * 1024);
		try (var channel = Files.newByteChannel(path)) {
			boolean end = false;
			while (!end) {
				end = channel.read(in) < 0;
				in.flip();
				CoderResult result = decoder.decode(in, out, end);
				if (result.isError()) {
					return false;
				}
				out.clear();
				in.compact();
			}
			in.flip();
			CoderResult flushed = decoder.flush(out);
			return !flushed.isError() && !in.hasRemaining();
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Thrown by a handler to end reading early. */
	static final class Stop extends RuntimeException {

		static final Stop INSTANCE = new Stop();

		private Stop() {
			super(null, null, false, false);
		}
	}
}
