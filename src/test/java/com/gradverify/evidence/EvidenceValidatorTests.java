package com.gradverify.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.ImageIO;

import com.sun.management.ThreadMXBean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.SpoolDirectory;

import org.springframework.util.unit.DataSize;

/** The corpus under src/test/resources/evidence: what is accepted, and why the rest is refused. */
class EvidenceValidatorTests {

	private static final long MAX_BYTES = 1024 * 1024;

	@TempDir
	Path workDir;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			"photo-exif-gps.jpg,         image/jpeg",
			"scan-with-text-chunk.png,   image/png",
			"certificate.pdf,            application/pdf",
			"jpeg-then-zip.jpg,          image/jpeg",
			"empty.jpg,                  evidence.empty",
			"truncated.jpg,              evidence.corruptImage",
			"png-header-garbage.png,     evidence.corruptImage",
			"html-named.jpg,             evidence.unsupportedType",
			"svg-with-script.jpg,        evidence.unsupportedType",
			"archive.jpg,                evidence.unsupportedType",
			"animation.gif,              evidence.unsupportedType",
			"bomb.png,                   evidence.imageTooLarge",
			"javascript.pdf,             evidence.activePdf.javascript",
			"hex-escaped-javascript.pdf, evidence.activePdf.javascript",
			"launch.pdf,                 evidence.activePdf.launch",
			"embedded-file.pdf,          evidence.activePdf.embeddedFile",
			"no-eof.pdf,                 evidence.corruptPdf" })
	void judgesEachCorpusFileByItsContent(String name, String expected) throws IOException {
		if (expected.contains("/")) {
			assertThat(validate(corpus(name)).kind().mediaType()).isEqualTo(expected);
		}
		else {
			assertThatThrownBy(() -> validate(corpus(name))).isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
						assertThat(v.field()).isEqualTo("file");
						assertThat(v.code()).isEqualTo(expected);
					}));
		}
	}

	@Test
	void refusesAnUploadOverTheSizeLimitWithoutReadingItAll() {
		InputStream huge = new ByteArrayInputStream(new byte[(int) MAX_BYTES + 1]);
		assertThatThrownBy(() -> validate(huge)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.violations().get(0).code()).isEqualTo("evidence.tooLarge"));
		assertThat(workDir.toFile().list()).isEmpty();
	}

	@Test
	void reEncodedPhotoHasNoExifOrGpsAndIsTurnedUpright() throws IOException {
		byte[] original = corpus("photo-exif-gps.jpg").readAllBytes();
		assertThat(contains(original, "Exif")).isTrue();
		assertThat(contains(original, EvidenceCorpusGenerator.CAMERA_MAKE)).isTrue();

		byte[] stored = Files.readAllBytes(validate(new ByteArrayInputStream(original)).file());

		assertThat(contains(stored, "Exif")).isFalse();
		assertThat(contains(stored, EvidenceCorpusGenerator.CAMERA_MAKE)).isFalse();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
		// the tag said "rotate 90° clockwise": the 64×48 sensor image is stored as 48×64
		assertThat(image.getWidth()).isEqualTo(48);
		assertThat(image.getHeight()).isEqualTo(64);
	}

	@Test
	void reEncodedPngDropsTextChunks() throws IOException {
		byte[] stored = Files.readAllBytes(validate(corpus("scan-with-text-chunk.png")).file());
		assertThat(contains(stored, "home address")).isFalse();
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(50);
	}

	@Test
	void anythingAppendedToAnImageIsDroppedByReEncoding() throws IOException {
		byte[] stored = Files.readAllBytes(validate(corpus("jpeg-then-zip.jpg")).file());
		assertThat(contains(stored, "PK\u0003\u0004")).isFalse();
		assertThat(contains(stored, "payload.html")).isFalse();
	}

	@Test
	void pdfIsKeptByteForByte() throws IOException {
		byte[] original = corpus("certificate.pdf").readAllBytes();
		assertThat(Files.readAllBytes(validate(new ByteArrayInputStream(original)).file())).isEqualTo(original);
	}

	@Test
	void aSmallSixteenBitPngWithAHugeDecodedSizeIsRefusedFromItsHeaderAlone() throws IOException {
		byte[] bomb = EvidenceCorpusGenerator.blankPng(6300, 6300, 16, 6);
		assertThat(bomb.length).isLessThan(320 * 1024);
		ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

		assertThatThrownBy(() -> validate(new ByteArrayInputStream(bomb))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
					assertThat(v.code()).isEqualTo("evidence.imageTooMuchMemory");
					// 6300 × 6300 pixels × 4 samples × 2 bytes, against the 160 MB budget
					assertThat(v.args()).containsExactly(303L, 160L);
				}));

		// decoding would have allocated the 303 MB raster on this thread
		assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).isLessThan(32L * 1024 * 1024);
		// only the spooled upload, which the caller deletes: nothing was re-encoded
		assertThat(workDir.toFile().list()).allMatch(name -> name.startsWith("upload-"));
	}

	@Test
	void aPngOverThePixelLimitIsRefusedWithItsSize() {
		assertThatThrownBy(() -> validate(corpus("bomb.png"))).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.violations().get(0).args()).containsExactly("100000", "100000", 40L));
	}

	@Test
	void sixteenBitImagesWithinTheBudgetAreAccepted() throws IOException {
		byte[] stored = Files.readAllBytes(validate(new ByteArrayInputStream(
				EvidenceCorpusGenerator.blankPng(300, 200, 16, 2))).file());
		assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(300);
	}

	@Test
	void withEverySlotTakenUploadsWaitBrieflyThenAreRefusedAsBusyAndPassOnceASlotIsFree() throws Exception {
		CheckSlots slots = new CheckSlots(2, Duration.ofMillis(200));
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService checks = Executors.newFixedThreadPool(2);
		try {
			takeSlots(slots, 2, release, checks);

			for (String busy : List.of("scan-with-text-chunk.png", "certificate.pdf")) {
				assertThatThrownBy(() -> validate(slots, corpus(busy))).as(busy)
					.isInstanceOfSatisfying(RuleViolationException.class,
							ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
								assertThat(v.code()).isEqualTo("evidence.busy");
								assertThat(v.args()).containsExactly(2);
							}));
			}
			release.countDown();
			assertThat(validate(slots, corpus("scan-with-text-chunk.png")).kind()).isEqualTo(ContentKind.PNG);
		}
		finally {
			release.countDown();
			checks.shutdownNow();
		}
	}

	@Test
	void anUploadWaitingForASlotGoesAheadWhenOneIsFreed() throws Exception {
		CheckSlots slots = new CheckSlots(1, Duration.ofSeconds(30));
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			takeSlots(slots, 1, release, threads);
			Future<EvidenceValidator.Accepted> waiting = threads
				.submit(() -> validate(slots, corpus("scan-with-text-chunk.png")));

			assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
			release.countDown();
			assertThat(waiting.get(10, TimeUnit.SECONDS).kind()).isEqualTo(ContentKind.PNG);
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	/** Takes slots on threads of the pool, as long checks would, until {@code release} opens. */
	private static void takeSlots(CheckSlots slots, int count, CountDownLatch release, ExecutorService threads)
			throws InterruptedException {
		CountDownLatch holding = new CountDownLatch(count);
		for (int i = 0; i < count; i++) {
			threads.submit(() -> slots.run(() -> {
				holding.countDown();
				return awaitQuietly(release);
			}));
		}
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
	}

	private static boolean awaitQuietly(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private EvidenceValidator.Accepted validate(InputStream content) {
		return validate(new CheckSlots(2, Duration.ofSeconds(10)), content);
	}

	private EvidenceValidator.Accepted validate(CheckSlots slots, InputStream content) {
		SpoolDirectory spool = new SpoolDirectory(workDir);
		Path upload = new UploadSpool(spool, MAX_BYTES).receive(content);
		return new EvidenceValidator(limits(), slots, spool).validate(upload);
	}

	private EvidenceProperties limits() {
		return new EvidenceProperties(DataSize.ofBytes(MAX_BYTES), 10, 40_000_000, DataSize.ofMegabytes(160), 2,
				Duration.ofSeconds(10), DataSize.ofMegabytes(16), DataSize.ofMegabytes(64), workDir);
	}

	static InputStream corpus(String name) {
		InputStream in = EvidenceValidatorTests.class.getResourceAsStream("/evidence/" + name);
		assertThat(in).as(name).isNotNull();
		return in;
	}

	private static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}
}
