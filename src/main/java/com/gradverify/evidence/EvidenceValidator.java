package com.gradverify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.gradverify.shared.SpoolDirectory;

/**
 * Decides from the bytes alone what an upload is and whether it may be kept: JPEG and PNG are
 * decoded and re-encoded, PDFs are parsed and checked for active content, both within memory
 * limits and a bounded number at a time. Anything else (HTML, SVG, archives…) is refused whatever
 * its name says.
 */
final class EvidenceValidator {

	private final ImageSanitizer images;

	private final PdfInspector pdfs;

	EvidenceValidator(EvidenceProperties limits, CheckSlots slots, SpoolDirectory spool) {
		this.images = new ImageSanitizer(limits.maxPixels(), limits.maxImageMemory().toBytes(), slots, spool);
		this.pdfs = new PdfInspector(slots, spool, limits.maxPdfObjectStream().toBytes(),
				limits.maxPdfScratch().toBytes());
	}

	/** The bytes to keep for an upload that passes: a fresh re-encoded image, or the PDF itself. */
	record Accepted(ContentKind kind, Path file) {
	}

	Accepted validate(Path upload) {
		ContentKind kind = ContentKind.sniff(head(upload))
			.orElseThrow(() -> EvidenceRejected.because("evidence.unsupportedType"));
		if (kind.isImage()) {
			return new Accepted(kind, images.sanitize(upload, kind));
		}
		pdfs.inspect(upload);
		return new Accepted(kind, upload);
	}

	private static byte[] head(Path upload) {
		try (InputStream in = Files.newInputStream(upload)) {
			return in.readNBytes(ContentKind.SNIFF_LENGTH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
