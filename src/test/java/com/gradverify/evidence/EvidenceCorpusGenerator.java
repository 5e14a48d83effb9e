package com.gradverify.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Writes the good and hostile files under src/test/resources/evidence that EvidenceValidatorTests
 * runs over. Deterministic (seeded); rerun after changing it:
 * {@code mvn -q -B test-compile && java -cp target/test-classes com.gradverify.evidence.EvidenceCorpusGenerator}
 */
public final class EvidenceCorpusGenerator {

	static final String CAMERA_MAKE = "GradVerifyCam";

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/evidence");
		Files.createDirectories(dir);
		byte[] photo = jpeg(noisy(200, 150));
		write(dir, "photo-exif-gps.jpg", withExif(jpeg(noisy(64, 48))));
		write(dir, "scan-with-text-chunk.png", withTextChunk(png(noisy(50, 30))));
		write(dir, "certificate.pdf", pdf("<< /Type /Catalog /Pages 2 0 R >>"));
		write(dir, "empty.jpg", new byte[0]);
		write(dir, "truncated.jpg", Arrays.copyOf(photo, photo.length / 2));
		write(dir, "html-named.jpg", "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8));
		write(dir, "svg-with-script.jpg", """
				<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
				<script>alert(document.domain)</script></svg>""".getBytes(StandardCharsets.UTF_8));
		write(dir, "png-header-garbage.png", concat(Arrays.copyOf(png(noisy(4, 4)), 8), random(2000, 7)));
		write(dir, "javascript.pdf",
				pdf("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"));
		write(dir, "hex-escaped-javascript.pdf",
				pdf("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>"));
		write(dir, "launch.pdf", pdf("<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /Launch /F (cmd.exe) >> >>"));
		write(dir, "embedded-file.pdf",
				pdf("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [] >> >> >>"));
		write(dir, "no-eof.pdf", Arrays.copyOf(pdf("<< /Type /Catalog /Pages 2 0 R >>"), 200));
		write(dir, "archive.jpg", zip());
		write(dir, "animation.gif", gif());
		write(dir, "bomb.png", pngBomb(100_000, 100_000));
		write(dir, "jpeg-then-zip.jpg", concat(jpeg(noisy(40, 30)), zip()));
	}

	private static void write(Path dir, String name, byte[] bytes) throws IOException {
		Files.write(dir.resolve(name), bytes);
	}

	static BufferedImage noisy(int width, int height) {
		Random random = new Random(width * 31L + height);
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | random.nextInt(256));
			}
		}
		return image;
	}

	static byte[] jpeg(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** An APP1 EXIF segment (camera make, orientation 6 = rotate 90° clockwise, GPS latitude) after APP0. */
	static byte[] withExif(byte[] jpeg) {
		byte[] make = (CAMERA_MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
		ByteBuffer tiff = ByteBuffer.allocate(8 + 42 + make.length + 30 + 24);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		int makeAt = 8 + 42;
		int gpsAt = makeAt + make.length;
		int rationalsAt = gpsAt + 30;
		tiff.putShort((short) 3);
		entry(tiff, 0x010F, 2, make.length, makeAt);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
		entry(tiff, 0x8825, 4, 1, gpsAt);
		tiff.putInt(0);
		tiff.put(make);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		entry(tiff, 0x0002, 5, 3, rationalsAt);
		tiff.putInt(0);
		tiff.putInt(28).putInt(1).putInt(13).putInt(1).putInt(4500).putInt(100);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
		ByteBuffer app1 = ByteBuffer.allocate(4 + exif.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + exif.length)).put(exif);
		int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
		return concat(Arrays.copyOf(jpeg, afterApp0), app1.array(),
				Arrays.copyOfRange(jpeg, afterApp0, jpeg.length));
	}

	private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
	}

	/** A tEXt chunk after IHDR, the kind of metadata re-encoding must drop. */
	static byte[] withTextChunk(byte[] png) {
		byte[] text = chunk("tEXt", "Comment\0home address: secret".getBytes(StandardCharsets.ISO_8859_1));
		int afterIhdr = 8 + 25;
		return concat(Arrays.copyOf(png, afterIhdr), text, Arrays.copyOfRange(png, afterIhdr, png.length));
	}

	/** A PNG whose header claims huge dimensions, followed by a tiny image body. */
	static byte[] pngBomb(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		return concat(signature, chunk("IHDR", ihdr.array()), chunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 3, 0, 0, 0, 0, 1 }),
				chunk("IEND", new byte[0]));
	}

	/**
	 * A valid PNG of blank rows: {@code 6300 × 6300} 16-bit RGBA is about 309 KB on disk and over
	 * 300 MB once decoded. Rows are deflated one by one, so writing it takes little memory.
	 */
	static byte[] blankPng(int width, int height, int bitDepth, int colourType) throws IOException {
		int channels = switch (colourType) {
			case 0 -> 1;
			case 2 -> 3;
			case 6 -> 4;
			default -> throw new IllegalArgumentException("Grey, RGB or RGBA only");
		};
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth)
			.put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		// each row: filter type 0, then the samples
		byte[] row = new byte[1 + width * channels * bitDepth / 8];
		try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
			for (int y = 0; y < height; y++) {
				out.write(row);
			}
		}
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		return concat(signature, chunk("IHDR", ihdr.array()), chunk("IDAT", compressed.toByteArray()),
				chunk("IEND", new byte[0]));
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	/** A valid PDF whose bytes nothing else produces, for tests that must not share stored content. */
	public static byte[] uniquePdf() {
		return pdf("<< /Type /Catalog /Pages 2 0 R /Lang (" + java.util.UUID.randomUUID() + ") >>");
	}

	/**
	 * A one-page PDF with a correct cross-reference table, using the given catalog; further objects
	 * (numbered from 4, referenced by nothing unless the catalog does) follow the page.
	 */
	static byte[] pdf(String catalog, String... more) {
		List<String> objects = new ArrayList<>(List.of(catalog, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"));
		objects.addAll(List.of(more));
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("payload.html"));
			zip.write("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] gif() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(noisy(8, 8), "gif", out);
		return out.toByteArray();
	}

	private static byte[] random(int length, long seed) {
		byte[] bytes = new byte[length];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
