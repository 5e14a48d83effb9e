package com.gradverify.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.SpoolDirectory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence on PostgreSQL plus an {@link EvidenceStorage}. Validation (image decoding) runs before
 * any transaction of this class, so call {@link #store} outside long transactions. The row and the
 * stored bytes are written in one transaction, joining the caller's if there is one: row first, so
 * a failed insert leaves no file; a failed write rolls the row back; a rollback removes the bytes. Rows sharing content serialise on a
 * per-hash advisory lock, so deleting the last reference cannot race a new upload of the same bytes.
 * The bytes of a deleted file go inside that transaction; should its commit then fail, the row
 * stays without content (an error on download) rather than personal data staying on disk.
 */
@Service
class JdbcEvidenceFiles implements EvidenceFiles {

	private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String COLUMNS = """
			id, owner_account_id, content_type, size_bytes, display_name, purpose, created_at, locked, sha256""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TransactionTemplate separateTransaction;

	private final EvidenceStorage storage;

	private final EvidenceProperties properties;

	private final SpoolDirectory spool;

	private final EvidenceValidator validator;

	private final MessageSource messages;

	private final Clock clock;

	JdbcEvidenceFiles(JdbcClient jdbc, TransactionTemplate transactions, EvidenceStorage storage,
			EvidenceProperties properties, MessageSource messages) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.separateTransaction = new TransactionTemplate(transactions.getTransactionManager());
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.storage = storage;
		this.properties = properties;
		this.spool = new SpoolDirectory(properties.workDir());
		this.validator = new EvidenceValidator(properties, new CheckSlots(properties.maxConcurrentChecks(),
				properties.checkWait()), spool);
		this.messages = messages;
		this.clock = Clock.system(SCHOOL_ZONE);
	}

	@Override
	public EvidenceFile store(long ownerAccountId, String purpose, String originalName, InputStream content) {
		if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
			throw new IllegalArgumentException("Evidence purpose must be a short lower-case name");
		}
		Path upload = new UploadSpool(spool, properties.maxSize().toBytes()).receive(content);
		Path kept = upload;
		try {
			EvidenceValidator.Accepted accepted = validator.validate(upload);
			kept = accepted.file();
			String sha256 = sha256(kept);
			String displayName = DisplayNames.of(originalName,
					messages.getMessage("evidence.displayName.default", null, Locale.SIMPLIFIED_CHINESE),
					accepted.kind(), sha256, LocalDate.now(clock));
			long size = Files.size(kept);
			Path bytes = kept;
			return transactions.execute(status -> {
				lockContent(sha256);
				long id = jdbc.sql("""
						insert into evidence_file (owner_account_id, sha256, content_type, size_bytes, display_name, purpose)
						values (:owner, :sha256, :type, :size, :name, :purpose) returning id""")
					.param("owner", ownerAccountId)
					.param("sha256", sha256)
					.param("type", accepted.kind().mediaType())
					.param("size", size)
					.param("name", displayName)
					.param("purpose", purpose)
					.query(Long.class)
					.single();
				put(sha256, bytes);
				removeContentOnRollback(sha256);
				return find(id).orElseThrow();
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store evidence", ex);
		}
		finally {
			spool.delete(upload);
			spool.delete(kept);
		}
	}

	/** Uploads a crashed run was checking when it died would otherwise stay on disk for good. */
	@EventListener(ApplicationReadyEvent.class)
	void sweepLeftoverUploads() {
		spool.sweepLeftovers();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<EvidenceFile> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from evidence_file where id = :id")
			.param("id", id)
			.query(JdbcEvidenceFiles::toFile)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<EvidenceFile> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from evidence_file where id in (:ids) order by id")
			.param("ids", ids)
			.query(JdbcEvidenceFiles::toFile)
			.list();
	}

	@Override
	@Transactional
	public void lock(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("update evidence_file set locked = true where id in (:ids)").param("ids", ids).update();
		}
	}

	@Override
	@Transactional
	public void delete(long id, long requesterAccountId) {
		Row row = row(id, true).filter(found -> found.file().isOwnedBy(requesterAccountId))
			.orElseThrow(() -> new NotFoundException("evidence.notFound"));
		if (row.file().locked()) {
			throw new ConflictException("evidence.locked");
		}
		lockContent(row.sha256());
		jdbc.sql("delete from evidence_file where id = :id").param("id", id).update();
		deleteContentIfUnused(row.sha256());
	}

	@Override
	public EvidenceContent open(long id) {
		Row row = row(id, false).orElseThrow(() -> new NotFoundException("evidence.notFound"));
		try {
			return new EvidenceContent(row.file(), storage.open(row.sha256()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Evidence content missing for file " + id, ex);
		}
	}

	@Override
	public long maxSizeMegabytes() {
		return properties.maxSize().toMegabytes();
	}

	@Override
	public long maxSizeBytes() {
		return properties.maxSize().toBytes();
	}

	@Override
	public int maxFilesPerSubject() {
		return properties.maxFilesPerSubject();
	}

	@Override
	public void requireRoomForAnother(int attached) {
		if (attached >= properties.maxFilesPerSubject()) {
			throw EvidenceRejected.because("evidence.tooMany", properties.maxFilesPerSubject());
		}
	}

	private void put(String sha256, Path bytes) {
		try {
			storage.put(sha256, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write evidence content", ex);
		}
	}

	private Optional<Row> row(long id, boolean forUpdate) {
		return jdbc.sql("select " + COLUMNS + " from evidence_file where id = :id" + (forUpdate ? " for update" : ""))
			.param("id", id)
			.query((rs, n) -> new Row(toFile(rs, n), rs.getString("sha256")))
			.optional();
	}

	/**
	 * When the transaction that stored a file rolls back (also a caller's own transaction that
	 * {@link #store} joined), its bytes go too unless another committed row uses them.
	 */
	private void removeContentOnRollback(String sha256) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					separateTransaction.executeWithoutResult(tx -> {
						lockContent(sha256);
						deleteContentIfUnused(sha256);
					});
				}
			}
		});
	}

	/** Call with the content lock held. */
	private void deleteContentIfUnused(String sha256) {
		boolean used = jdbc.sql("select exists (select 1 from evidence_file where sha256 = :sha256)")
			.param("sha256", sha256)
			.query(Boolean.class)
			.single();
		if (!used) {
			try {
				storage.delete(sha256);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not delete evidence content", ex);
			}
		}
	}

	/** Serialises everything that adds or removes a reference to one content hash. */
	private void lockContent(String sha256) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:sha256, 0))")
			.param("sha256", sha256)
			.query((rs, n) -> Boolean.TRUE)
			.single();
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static EvidenceFile toFile(ResultSet rs, int rowNum) throws SQLException {
		return new EvidenceFile(rs.getLong("id"), rs.getLong("owner_account_id"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("display_name"), rs.getString("purpose"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("locked"));
	}

	private record Row(EvidenceFile file, String sha256) {
	}
}
