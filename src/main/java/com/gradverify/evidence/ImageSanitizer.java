package com.gradverify.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;

import com.gradverify.shared.SpoolDirectory;

/**
 * Decodes an image completely and writes a fresh copy. Re-encoding keeps only pixels: EXIF (GPS,
 * camera serials), comments and anything appended after the image are gone. The EXIF orientation
 * is applied to the pixels first so phone photos stay upright once the tag is dropped. Dimensions
 * and pixel format are read from the header before decoding, so a decompression bomb (a few
 * hundred KB of PNG claiming gigabytes of 16-bit pixels) is refused unread; decoding itself waits
 * for one of the {@link CheckSlots}.
 */
final class ImageSanitizer {

	private static final float JPEG_QUALITY = 0.9f;

	/** Turning an image upright draws it into a new 4-byte-per-pixel image. */
	private static final int TURNED_COPY_BYTES_PER_PIXEL = 4;

	private static final long MEGABYTE = 1024 * 1024;

	private final long maxPixels;

	private final long maxBytes;

	private final CheckSlots slots;

	private final SpoolDirectory spool;

	ImageSanitizer(long maxPixels, long maxBytes, CheckSlots slots, SpoolDirectory spool) {
		this.maxPixels = maxPixels;
		this.maxBytes = maxBytes;
		this.slots = slots;
		this.spool = spool;
	}

	/** A new spool file with the re-encoded image; the caller deletes it. */
	Path sanitize(Path upload, ContentKind kind) {
		int orientation = kind == ContentKind.JPEG ? ExifOrientation.of(upload) : 1;
		ImageReader reader = ImageIO.getImageReadersByFormatName(kind.imageFormat()).next();
		try (FileImageInputStream in = new FileImageInputStream(upload.toFile())) {
			reader.setInput(in, true, true);
			requireWithinBudget(reader, orientation);
			return slots.run(() -> reEncode(reader, kind, orientation));
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException ex) {
			// ImageIO reports malformed data through several exception types
			throw EvidenceRejected.because("evidence.corruptImage");
		}
		finally {
			reader.dispose();
		}
	}

	/** Reads only the header: the size and the pixel format the reader would decode into. */
	private void requireWithinBudget(ImageReader reader, int orientation) throws IOException {
		int width = reader.getWidth(0);
		int height = reader.getHeight(0);
		long pixels = (long) width * height;
		if (pixels > maxPixels) {
			throw EvidenceRejected.because("evidence.imageTooLarge", String.valueOf(width), String.valueOf(height),
					maxPixels / 1_000_000);
		}
		long bytes = pixels * (decodedBytesPerPixel(reader.getImageTypes(0).next())
				+ (orientation == 1 ? 0 : TURNED_COPY_BYTES_PER_PIXEL));
		if (bytes > maxBytes) {
			throw EvidenceRejected.because("evidence.imageTooMuchMemory", divideRoundingUp(bytes, MEGABYTE),
					maxBytes / MEGABYTE);
		}
	}

	/** What one pixel takes in the raster {@code read(0)} fills: 16-bit samples count two bytes each. */
	private static long decodedBytesPerPixel(ImageTypeSpecifier type) {
		SampleModel sample = type.getSampleModel(1, 1);
		int bits = DataBuffer.getDataTypeSize(sample.getTransferType()) * sample.getNumDataElements();
		return divideRoundingUp(bits, 8);
	}

	private Path reEncode(ImageReader reader, ContentKind kind, int orientation) {
		BufferedImage image = upright(decode(reader), orientation);
		Path clean = spool.newFile("clean-");
		boolean written = false;
		try {
			write(image, kind, clean);
			written = true;
			return clean;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not re-encode an accepted image", ex);
		}
		finally {
			if (!written) {
				spool.delete(clean);
			}
		}
	}

	private static BufferedImage decode(ImageReader reader) {
		// A truncated JPEG decodes with a grey tail and only a warning: treat it as corrupt.
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		BufferedImage image;
		try {
			image = reader.read(0);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException ex) {
			throw EvidenceRejected.because("evidence.corruptImage");
		}
		if (!warnings.isEmpty() || image == null) {
			throw EvidenceRejected.because("evidence.corruptImage");
		}
		return image;
	}

	private static long divideRoundingUp(long dividend, long divisor) {
		return (dividend + divisor - 1) / divisor;
	}

	private static BufferedImage upright(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		AffineTransform transform = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> null;
		};
		if (transform == null) {
			return image;
		}
		boolean swaps = orientation >= 5;
		BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h,
				image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = turned.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			g.drawImage(image, transform, null);
		}
		finally {
			g.dispose();
		}
		return turned;
	}

	private static void write(BufferedImage image, ContentKind kind, Path target) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName(kind.imageFormat()).next();
		try (FileImageOutputStream out = new FileImageOutputStream(target.toFile())) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			BufferedImage pixels = image;
			if (kind == ContentKind.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
				pixels = withoutAlpha(image);
			}
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

	/** The JPEG writer cannot take alpha or unusual colour models. */
	private static BufferedImage withoutAlpha(BufferedImage image) {
		int type = image.getType();
		if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
				|| type == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.drawImage(image, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}
}
