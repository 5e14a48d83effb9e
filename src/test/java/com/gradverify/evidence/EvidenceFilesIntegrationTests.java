package com.gradverify.evidence;

import static com.gradverify.evidence.EvidenceValidatorTests.corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.gradverify.evidence.EvidenceCorpusGenerator.uniquePdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class EvidenceFilesIntegrationTests {

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	EvidenceProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	long owner;

	@BeforeEach
	void newOwner() {
		owner = new TestAccounts(jdbc).student().id();
	}

	@Test
	void storesAValidUploadAndReadsItBack() throws IOException {
		byte[] pdf = uniquePdf();

		EvidenceFile stored = evidence.store(owner, "amendment", "../../etc/passwd", new ByteArrayInputStream(pdf));

		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
		assertThat(stored.displayName()).matches("passwd-\\d{8}-[0-9a-f]{6}\\.pdf");
		assertThat(stored.locked()).isFalse();
		assertThat(evidence.find(stored.id())).contains(stored);
		try (EvidenceContent content = evidence.open(stored.id())) {
			assertThat(content.stream().readAllBytes()).isEqualTo(pdf);
		}
		assertThat(Files.exists(blob(sha256(pdf)))).isTrue();
	}

	@Test
	void aStoredPhotoCarriesNoExifOrGps() throws IOException {
		EvidenceFile photo = evidence.store(owner, "amendment", "IMG_0001.JPG", corpus("photo-exif-gps.jpg"));

		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		try (EvidenceContent content = evidence.open(photo.id())) {
			String bytes = new String(content.stream().readAllBytes(), StandardCharsets.ISO_8859_1);
			assertThat(bytes).startsWith("\u00FF\u00D8\u00FF").doesNotContain("Exif")
				.doesNotContain(EvidenceCorpusGenerator.CAMERA_MAKE);
		}
	}

	@Test
	void identicalContentIsStoredOnce() throws IOException {
		byte[] pdf = uniquePdf();
		EvidenceFile first = evidence.store(owner, "amendment", "a.pdf", new ByteArrayInputStream(pdf));
		EvidenceFile second = evidence.store(owner, "origin-place", "b.pdf", new ByteArrayInputStream(pdf));

		assertThat(second.id()).isNotEqualTo(first.id());
		try (Stream<Path> files = Files.list(blob(sha256(pdf)).getParent())) {
			assertThat(files.filter(p -> p.getFileName().toString().startsWith(sha256(pdf)))).hasSize(1);
		}
		assertThat(evidence.findAll(List.of(second.id(), first.id(), -1L))).containsExactly(first, second);
	}

	@Test
	void aRejectedUploadLeavesNoRowAndNoTempFile() throws IOException {
		long before = rowsOf(owner);
		int tempBefore = tempFiles();

		assertThatThrownBy(() -> evidence.store(owner, "amendment", "photo.jpg", corpus("html-named.jpg")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations().get(0).code()).isEqualTo("evidence.unsupportedType"));
		assertThatThrownBy(() -> evidence.store(owner, "amendment", "photo.jpg", corpus("truncated.jpg")))
			.isInstanceOf(RuleViolationException.class);

		assertThat(rowsOf(owner)).isEqualTo(before);
		assertThat(tempFiles()).isEqualTo(tempBefore);
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "owner-only permissions are POSIX permissions")
	void uploadsAreCheckedInAnOwnerOnlyFolderThatIsSweptAtStartUp() throws IOException {
		evidence.store(owner, "amendment", "scan.png", corpus("scan-with-text-chunk.png"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(properties.workDir())))
			.isEqualTo("rwx------");
		Path leftover = Files.writeString(properties.workDir().resolve("upload-1.part"), "half an upload");
		Files.setLastModifiedTime(leftover, FileTime.fromMillis(0));

		((JdbcEvidenceFiles) evidence).sweepLeftoverUploads();

		assertThat(leftover).doesNotExist();
	}

	@Test
	void aFailedInsertLeavesNoStoredBytes() throws IOException {
		byte[] pdf = uniquePdf();
		long noSuchAccount = -42;

		assertThatThrownBy(() -> evidence.store(noSuchAccount, "amendment", "a.pdf", new ByteArrayInputStream(pdf)))
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(Files.exists(blob(sha256(pdf)))).isFalse();
	}

	@Test
	void whenTheCallersTransactionRollsBackNeitherRowNorBytesRemain() {
		byte[] pdf = uniquePdf();

		Long id = transactions.execute(status -> {
			EvidenceFile file = evidence.store(owner, "amendment", "a.pdf", new ByteArrayInputStream(pdf));
			status.setRollbackOnly();
			return file.id();
		});

		assertThat(evidence.find(id)).isEmpty();
		assertThat(Files.exists(blob(sha256(pdf)))).isFalse();
	}

	@Test
	void ownerDeletesAnUnlockedFileAndItsBytesGoWithTheLastReference() throws IOException {
		byte[] pdf = uniquePdf();
		EvidenceFile kept = evidence.store(owner, "amendment", "a.pdf", new ByteArrayInputStream(pdf));
		EvidenceFile removed = evidence.store(owner, "amendment", "b.pdf", new ByteArrayInputStream(pdf));

		evidence.delete(removed.id(), owner);
		assertThat(evidence.find(removed.id())).isEmpty();
		assertThat(Files.exists(blob(sha256(pdf)))).as("still referenced by the other row").isTrue();

		evidence.delete(kept.id(), owner);
		assertThat(Files.exists(blob(sha256(pdf)))).isFalse();
	}

	@Test
	void lockedFilesCannotBeDeleted() throws IOException {
		EvidenceFile file = evidence.store(owner, "amendment", "a.pdf", new ByteArrayInputStream(uniquePdf()));

		evidence.lock(List.of(file.id()));

		assertThat(evidence.find(file.id())).hasValueSatisfying(f -> assertThat(f.locked()).isTrue());
		assertThatThrownBy(() -> evidence.delete(file.id(), owner)).isInstanceOf(ConflictException.class);
		assertThat(evidence.find(file.id())).isPresent();
	}

	@Test
	void nobodyElseCanDeleteAFileAndCannotTellItExists() throws IOException {
		EvidenceFile file = evidence.store(owner, "amendment", "a.pdf", new ByteArrayInputStream(uniquePdf()));
		long other = new TestAccounts(jdbc).student().id();

		assertThatThrownBy(() -> evidence.delete(file.id(), other)).isInstanceOf(NotFoundException.class)
			.hasMessage("evidence.notFound");
		assertThatThrownBy(() -> evidence.delete(Long.MAX_VALUE, other)).isInstanceOf(NotFoundException.class)
			.hasMessage("evidence.notFound");
		assertThat(evidence.find(file.id())).isPresent();
	}

	@Test
	void theDatabaseRefusesAContentTypeOrNameTheValidatorWouldNeverProduce() {
		String insert = """
				insert into evidence_file (owner_account_id, sha256, content_type, size_bytes, display_name, purpose)
				values (:owner, :sha256, :type, 1, :name, 'amendment')""";
		String sha256 = "0".repeat(64);
		assertThatThrownBy(() -> jdbc.sql(insert).param("owner", owner).param("sha256", sha256)
			.param("type", "text/html").param("name", "a.html").update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql(insert).param("owner", owner).param("sha256", sha256)
			.param("type", "image/png").param("name", "../a.png").update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theCountLimitIsTheCallersToEnforce() {
		int max = evidence.maxFilesPerSubject();
		evidence.requireRoomForAnother(max - 1);
		assertThatThrownBy(() -> evidence.requireRoomForAnother(max)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.violations().get(0).code()).isEqualTo("evidence.tooMany"));
	}

	private long rowsOf(long account) {
		return jdbc.sql("select count(*) from evidence_file where owner_account_id = :owner")
			.param("owner", account)
			.query(Long.class)
			.single();
	}

	private int tempFiles() throws IOException {
		if (!Files.exists(properties.workDir())) {
			return 0;
		}
		try (Stream<Path> files = Files.list(properties.workDir())) {
			return (int) files.count();
		}
	}

	private Path blob(String sha256) {
		return properties.storageDir().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
