package com.gradverify.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.ReferenceData;
import com.gradverify.reference.SchoolCatalog.College;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.DatabaseOutage;
import com.gradverify.shared.PersonalData;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.shared.SpoolDirectory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registry imports: a file is checked at once (type, size, required headers) and refused with
 * per-field problems, or queued and imported in the background, one import at a time per instance,
 * while its progress and report are kept in {@code registry_import}, where every instance reads
 * them. The database refuses a second import of a 届 while one is RUNNING on any instance.
 */
@Service
public class RegistryImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RegistryImports.class);

	/** Errors shown on the page and in the JSON answer; the CSV download has them all. */
	public static final int ERRORS_SHOWN = 1000;

	/** Tries at marking an import FAILED when the database is not known to be away. */
	private static final int FAILURE_RECORDING_ATTEMPTS = 3;

	private final RegistryImportProperties properties;

	private final ImportRepository imports;

	private final RegistryBatchWriter writer;

	private final GraduateProvisioning graduates;

	private final ReferenceData reference;

	private final AuditTrail audit;

	private final ReviewerCoverage reviewerCoverage;

	private final TransactionTemplate transactions;

	private final ThreadPoolExecutor executor;

	private final SpoolDirectory spool;

	/** The imports this instance is running, whose heartbeat it keeps. */
	private final Set<UUID> runningHere = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
		var thread = new Thread(task, "registry-import-watchdog");
		thread.setDaemon(true);
		return thread;
	});

	RegistryImports(RegistryImportProperties properties, ImportRepository imports, RegistryBatchWriter writer,
			GraduateProvisioning graduates, ReferenceData reference, AuditTrail audit, ReviewerCoverage reviewerCoverage,
			TransactionTemplate transactions) {
		this.properties = properties;
		this.imports = imports;
		this.writer = writer;
		this.graduates = graduates;
		this.reference = reference;
		this.audit = audit;
		this.reviewerCoverage = reviewerCoverage;
		this.transactions = transactions;
		this.spool = new SpoolDirectory(properties.spoolDir());
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(1, properties.maxQueuedImports())),
				task -> new Thread(task, "registry-import-" + threads.incrementAndGet()));
	}

	/**
	 * Checks the upload and queues its import; returns the import's id. Refused with a
	 * {@link RuleViolationException} (fields {@code file}, {@code graduationYear}) when the file is
	 * empty, too big, not CSV/XLSX or lacks required headers, or the year is not a plausible one;
	 * nothing is stored then.
	 */
	public UUID start(String fileName, long size, InputStream content, Integer graduationYear, String actor) {
		TableFile upload = checkAndStore(fileName, size, content, graduationYear);
		UUID id = UUID.randomUUID();
		String name = displayName(fileName);
		boolean queued = false;
		try {
			transactions.executeWithoutResult(tx -> imports.create(id, graduationYear, truncate(name, 255), actor));
			// heartbeats from now on: an import waiting in the queue is at work here too
			runningHere.add(id);
			try {
				executor.execute(() -> run(id, upload, graduationYear, name, actor));
				queued = true;
			}
			catch (RejectedExecutionException ex) {
				runningHere.remove(id);
				transactions.executeWithoutResult(tx -> imports.delete(id));
				throw new ConflictException("registry.import.busy");
			}
		}
		finally {
			// once queued, the import deletes the file when it ends
			if (!queued) {
				spool.delete(upload.path);
			}
		}
		return id;
	}

	public Optional<ImportStatus> status(UUID id) {
		return imports.status(id, ERRORS_SHOWN, reviewerCoverage.hasReviewer());
	}

	/** The colleges no 学院审核 account reviews yet, to be flagged until one exists. */
	public List<College> collegesWithoutReviewer() {
		return reviewerCoverage.collegesWithoutReviewer();
	}

	public List<ImportStatus> recent() {
		return recent(null);
	}

	/** The latest 50 imports of one 届 ({@code graduationYear} null: of every 届). */
	public List<ImportStatus> recent(Integer graduationYear) {
		return imports.recent(50, graduationYear);
	}

	public void writeErrorsCsv(UUID id, Writer out) throws IOException {
		imports.writeErrorsCsv(id, out);
	}

	/**
	 * From start-up on, every {@code heartbeatInterval}: tells other instances that this one's
	 * imports are at work, and marks FAILED the imports of any instance that has not said so for
	 * {@code staleAfter} (stopped, or cut off from the database), so none stays RUNNING for good.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void startWatchdog() {
		long interval = properties.heartbeatInterval().toMillis();
		watchdog.scheduleWithFixedDelay(this::heartbeatAndFailStale, 0, interval, TimeUnit.MILLISECONDS);
	}

	void heartbeatAndFailStale() {
		try {
			imports.heartbeat(List.copyOf(runningHere));
			int failed = imports.failStale(properties.staleAfter());
			if (failed > 0) {
				log.warn("Marked {} registry import(s) without a heartbeat for {} as FAILED", failed,
						properties.staleAfter());
			}
		}
		catch (RuntimeException ex) {
			// the database is away: the next round tries again
			log.debug("Registry import heartbeat failed ({})", ex.getClass().getName());
		}
	}

	/** The whole 届's personal data must not stay on disk after a crash mid-import. */
	@EventListener(ApplicationReadyEvent.class)
	void sweepLeftoverUploads() {
		spool.sweepLeftovers();
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
		watchdog.shutdownNow();
	}

	/**
	 * Stores the upload in an owner-only spool file and recognises it, once for the import too,
	 * since that means reading it whole; refuses with every problem unless year and file pass. The
	 * spool file is deleted when the import ends, whatever its outcome.
	 */
	private TableFile checkAndStore(String fileName, long size, InputStream content, Integer graduationYear) {
		List<Violation> problems = new ArrayList<>(2);
		int thisYear = Year.now().getValue();
		if (graduationYear == null || graduationYear < 2000 || graduationYear > thisYear + 2) {
			problems.add(new Violation("graduationYear", "registry.year.invalid", "2000", String.valueOf(thisYear + 2)));
		}
		Path upload = null;
		TableFile file = null;
		if (content == null || size == 0) {
			problems.add(new Violation("file", "registry.file.empty"));
		}
		else if (size > properties.maxUploadSize().toBytes()) {
			problems.add(new Violation("file", "registry.file.tooLarge", properties.maxUploadSize().toMegabytes()));
		}
		else {
			upload = store(content);
			try {
				file = inspect(upload);
			}
			catch (RegistryFileException ex) {
				problems.add(new Violation("file", ex.code(), ex.args().toArray()));
			}
			catch (RuntimeException ex) {
				spool.delete(upload);
				throw ex;
			}
		}
		if (!problems.isEmpty()) {
			spool.delete(upload);
			throw new RuleViolationException(problems);
		}
		return file;
	}

	private Path store(InputStream content) {
		Path upload = spool.newFile("registry-");
		// written in place: replacing the file would drop its owner-only permissions
		try (OutputStream out = Files.newOutputStream(upload)) {
			content.transferTo(out);
			return upload;
		}
		catch (IOException ex) {
			spool.delete(upload);
			throw new UncheckedIOException(ex);
		}
	}

	/** Recognises the file and checks its header; throws {@link RegistryFileException} when unusable. */
	private static TableFile inspect(Path upload) {
		try {
			TableFile file = TableFile.open(upload);
			HeaderLayout.of(file.header());
			return file;
		}
		catch (IOException ex) {
			throw new RegistryFileException("registry.file.unreadable");
		}
	}

	private void run(UUID id, TableFile upload, int graduationYear, String fileName, String actor) {
		try {
			execute(id, upload, graduationYear, fileName, actor);
		}
		finally {
			runningHere.remove(id);
			spool.delete(upload.path);
		}
	}

	private void execute(UUID id, TableFile file, int graduationYear, String fileName, String actor) {
		try {
			int total = file.countDataRows();
			transactions.executeWithoutResult(tx -> imports.setTotal(id, total));
			var validator = new RowValidator(HeaderLayout.of(file.header()), graduationYear, reference);
			boolean newYear = writer.isNewYear(graduationYear);
			if (!newYear) {
				writer.refreshStatistics();
			}
			int read;
			try (var provisioning = graduates.start(id, graduationYear, newYear)) {
				read = PipelinedRun.run(sink -> new ImportRun(file, validator, properties.batchSize(), sink),
						batch -> provisioning.submit(store(id, graduationYear, batch, newYear)));
				provisioning.finish();
			}
			transactions.executeWithoutResult(tx -> {
				imports.finish(id, read);
				auditImport(id, actor, fileName, graduationYear, "DONE");
			});
		}
		catch (RegistryFileException ex) {
			failed(id, ex.code(), actor, fileName, graduationYear, null);
		}
		catch (GraduateProvisioning.FailedException ex) {
			failed(id, "registry.import.accountsFailed", actor, fileName, graduationYear, ex);
		}
		catch (Exception ex) {
			failed(id, "registry.import.failed", actor, fileName, graduationYear, ex);
		}
	}

	/** Stores a batch's registry rows and its report in one transaction; returns the rows stored. */
	private List<Graduate> store(UUID id, int graduationYear, ImportRun.Batch batch, boolean newYear) {
		return transactions.execute(tx -> {
			var outcome = writer.write(id, graduationYear, batch.valid(), newYear);
			List<RowProblem> problems = new ArrayList<>(batch.problems());
			problems.addAll(outcome.rejected());
			imports.recordBatch(id, batch.readSoFar(), outcome.inserted(), outcome.updated(), outcome.unchanged(),
					batch.rejectedRows() + outcome.rejected().size(), problems);
			return outcome.stored();
		});
	}

	private static String causes(Throwable ex) {
		var chain = new StringBuilder();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			chain.append(chain.isEmpty() ? "" : " <- ").append(cause);
		}
		return chain.toString();
	}

	/**
	 * Marks the import FAILED. Without the database that has to wait: it is tried again every
	 * {@code heartbeatInterval} until the database is back (the heartbeat keeps the job this
	 * instance's meanwhile), so the administrator sees 失败 and why, and can import again. A failure
	 * that only shows as a dead connection (a rollback on it) is told apart by the next attempt.
	 */
	private void failed(UUID id, String reasonCode, String actor, String fileName, int graduationYear, Exception ex) {
		boolean outage = false;
		if (ex != null) {
			// the database's error detail may quote a whole row, personal data included
			log.error("Registry import {} failed: {}", id, PersonalData.redact(causes(ex)));
			outage = DatabaseOutage.isCause(ex);
		}
		// a recording that fails and later succeeds shows the database was away meanwhile, even when
		// the import's own failure only showed as a dead connection
		boolean recordingFailed = false;
		for (int attempt = 1;; attempt++) {
			String code = outage || recordingFailed ? "registry.import.databaseUnavailable" : reasonCode;
			try {
				transactions.executeWithoutResult(tx -> {
					imports.fail(id, code);
					auditImport(id, actor, fileName, graduationYear, "FAILED");
				});
				return;
			}
			catch (RuntimeException recording) {
				outage = outage || DatabaseOutage.isCause(recording);
				recordingFailed = true;
				if (!outage && attempt >= FAILURE_RECORDING_ATTEMPTS) {
					log.error("Registry import {} could not be marked FAILED; it will be once its heartbeat is stale: {}",
							id, PersonalData.redact(causes(recording)));
					return;
				}
				if (attempt == 1) {
					log.warn("Registry import {} failed and cannot be marked FAILED yet; trying again every {}", id,
							properties.heartbeatInterval());
				}
			}
			try {
				Thread.sleep(properties.heartbeatInterval().toMillis());
			}
			catch (InterruptedException interrupted) {
				// shutting down: the job's stale heartbeat has it marked FAILED later
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void auditImport(UUID id, String actor, String fileName, int graduationYear, String outcome) {
		imports.counts(id).ifPresent(s -> {
			var details = new LinkedHashMap<String, Object>();
			details.put("file", fileName);
			details.put("graduationYear", graduationYear);
			details.put("status", outcome);
			details.put("total", s.total());
			details.put("inserted", s.inserted());
			details.put("updated", s.updated());
			details.put("unchanged", s.unchanged());
			details.put("rejected", s.rejected());
			audit.record(actor, "REGISTRY_IMPORT", "registry_import", id.toString(), details);
		});
	}

	/** The upload's own name without any folders a browser sent along; NUL cannot be stored. */
	private static String displayName(String fileName) {
		String name = fileName == null ? "" : fileName.replace("\0", "");
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
		return name.isEmpty() ? "registry" : name;
	}

	private static String truncate(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
