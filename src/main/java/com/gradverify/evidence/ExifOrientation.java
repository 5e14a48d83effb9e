package com.gradverify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG, which phone cameras set instead of rotating
 * the pixels. Only the first APP1 segment of the first 128 KB is looked at; anything malformed
 * counts as "as stored" (1).
 */
final class ExifOrientation {

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int SCAN_LIMIT = 128 * 1024;

	private ExifOrientation() {
	}

	static int of(Path jpeg) {
		try (InputStream in = Files.newInputStream(jpeg)) {
			return parse(ByteBuffer.wrap(in.readNBytes(SCAN_LIMIT)));
		}
		catch (IOException | RuntimeException ex) {
			return 1;
		}
	}

	private static int parse(ByteBuffer jpeg) {
		int pos = 2; // after SOI
		while (pos + 4 <= jpeg.limit() && (jpeg.get(pos) & 0xFF) == 0xFF) {
			int marker = jpeg.get(pos + 1) & 0xFF;
			int length = jpeg.getShort(pos + 2) & 0xFFFF;
			if (marker == 0xDA) { // start of scan: no metadata after this
				return 1;
			}
			if (marker == 0xE1 && length >= 8 && isExifHeader(jpeg, pos + 4)) {
				return fromTiff(jpeg.slice(pos + 10, Math.min(length - 8, jpeg.limit() - pos - 10)));
			}
			pos += 2 + length;
		}
		return 1;
	}

	private static boolean isExifHeader(ByteBuffer jpeg, int at) {
		return jpeg.get(at) == 'E' && jpeg.get(at + 1) == 'x' && jpeg.get(at + 2) == 'i' && jpeg.get(at + 3) == 'f'
				&& jpeg.get(at + 4) == 0 && jpeg.get(at + 5) == 0;
	}

	private static int fromTiff(ByteBuffer tiff) {
		tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		int ifd = tiff.getInt(4);
		int entries = tiff.getShort(ifd) & 0xFFFF;
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if ((tiff.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
				int value = tiff.getShort(entry + 8) & 0xFFFF;
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}
}
