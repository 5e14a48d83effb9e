package com.gradverify.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of evidence accepted, recognised by their leading bytes only. */
enum ContentKind {

	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' });

	/** Enough leading bytes to tell every kind apart. */
	static final int SNIFF_LENGTH = 8;

	private final String mediaType;

	private final String extension;

	private final byte[] magic;

	ContentKind(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	static Optional<ContentKind> sniff(byte[] head) {
		return Arrays.stream(values())
			.filter(kind -> head.length >= kind.magic.length
					&& Arrays.equals(head, 0, kind.magic.length, kind.magic, 0, kind.magic.length))
			.findFirst();
	}

	String mediaType() {
		return mediaType;
	}

	String extension() {
		return extension;
	}

	boolean isImage() {
		return this != PDF;
	}

	/** The ImageIO format name; only for images. */
	String imageFormat() {
		return this == JPEG ? "jpeg" : "png";
	}
}
