package com.gradverify.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A cheap structural and safety check of a PDF: the header at the very start, an {@code %%EOF}
 * near the end, and no name that makes a viewer run code, launch programs or carry other files.
 * Names are compared after decoding {@code #xx} escapes, so {@code /J#61vaScript} is caught too.
 * Names inside compressed object streams are not seen; downloads are attachments with a strict
 * type, so a viewer, not the browser, opens them.
 */
final class PdfInspector {

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Writers may put a little whitespace or a linearisation tail after the last %%EOF. */
	private static final int END_WINDOW = 1024;

	private static final Set<String> ACTIVE_NAMES = Set.of("JavaScript", "JS", "Launch", "EmbeddedFile",
			"EmbeddedFiles", "RichMedia");

	void inspect(Path pdf) {
		byte[] bytes = read(pdf);
		if (!startsWith(bytes, HEADER) || lastIndexOf(bytes, END, Math.max(0, bytes.length - END_WINDOW)) < 0) {
			throw EvidenceRejected.because("evidence.corruptPdf");
		}
		if (containsActiveName(bytes)) {
			throw EvidenceRejected.because("evidence.activePdf");
		}
	}

	private static boolean containsActiveName(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '/') {
				StringBuilder name = new StringBuilder();
				int j = i + 1;
				while (j < bytes.length && isNameChar(bytes[j]) && name.length() < 64) {
					if (bytes[j] == '#' && j + 2 < bytes.length && isHex(bytes[j + 1]) && isHex(bytes[j + 2])) {
						name.append((char) Integer.parseInt(new String(bytes, j + 1, 2, StandardCharsets.US_ASCII), 16));
						j += 3;
					}
					else {
						name.append((char) (bytes[j] & 0xFF));
						j++;
					}
				}
				if (ACTIVE_NAMES.contains(name.toString())) {
					return true;
				}
				i = j - 1;
			}
		}
		return false;
	}

	/** PDF names end at whitespace or a delimiter (ISO 32000-1, 7.2.2). */
	private static boolean isNameChar(byte b) {
		return b > 0x20 && b < 0x7F && "()<>[]{}/%".indexOf(b) < 0;
	}

	private static boolean isHex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static int lastIndexOf(byte[] bytes, byte[] needle, int from) {
		for (int i = bytes.length - needle.length; i >= from; i--) {
			if (java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] read(Path pdf) {
		try {
			return Files.readAllBytes(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
