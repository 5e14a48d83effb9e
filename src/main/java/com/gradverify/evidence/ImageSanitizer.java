package com.gradverify.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Decodes an image completely and writes a fresh copy. Re-encoding keeps only pixels: EXIF (GPS,
 * camera serials), comments and anything appended after the image are gone. The EXIF orientation
 * is applied to the pixels first so phone photos stay upright once the tag is dropped. Dimensions
 * are read from the header before decoding, so a decompression bomb is refused unread.
 */
final class ImageSanitizer {

	private static final float JPEG_QUALITY = 0.9f;

	private final long maxPixels;

	private final Path workDir;

	ImageSanitizer(long maxPixels, Path workDir) {
		this.maxPixels = maxPixels;
		this.workDir = workDir;
	}

	/** A new temp file with the re-encoded image; the caller deletes it. */
	Path sanitize(Path upload, ContentKind kind) {
		BufferedImage image = upright(decode(upload, kind), kind == ContentKind.JPEG ? ExifOrientation.of(upload) : 1);
		Path clean = TempFiles.create(workDir, "clean-");
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
				TempFiles.delete(clean);
			}
		}
	}

	private BufferedImage decode(Path upload, ContentKind kind) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(kind.imageFormat()).next();
		try (FileImageInputStream in = new FileImageInputStream(upload.toFile())) {
			reader.setInput(in, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels > maxPixels) {
				throw EvidenceRejected.because("evidence.imageTooLarge", maxPixels / 1_000_000);
			}
			// A truncated JPEG decodes with a grey tail and only a warning: treat it as corrupt.
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			BufferedImage image = reader.read(0);
			if (!warnings.isEmpty() || image == null) {
				throw EvidenceRejected.because("evidence.corruptImage");
			}
			return image;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException ex) {
			// ImageIO reports malformed data through several exception types
			throw EvidenceRejected.because("evidence.corruptImage");
		}
		finally {
			reader.dispose();
		}
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
