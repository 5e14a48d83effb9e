package com.gradverify.registry.importing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentAccountSpec;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.MajorRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The colleges, majors and student accounts of the rows an import has stored; the colleges and
 * majors new to the catalogue are recorded for the import's report.
 * <p>
 * They are written one batch behind the registry rows, on a thread and connection of their own,
 * so that the database works on both at once. The price is atomicity: a batch's registry rows
 * are committed before its accounts are. If provisioning fails, the import ends FAILED with a
 * reason that says so; since provisioning is idempotent and a re-import provisions every stored
 * row, unchanged ones included, importing the same file again repairs the accounts.
 */
@Component
class GraduateProvisioning {

	private final SchoolCatalog catalog;

	private final StudentAccounts accounts;

	private final ImportRepository imports;

	private final TransactionTemplate transactions;

	GraduateProvisioning(SchoolCatalog catalog, StudentAccounts accounts, ImportRepository imports,
			TransactionTemplate transactions) {
		this.catalog = catalog;
		this.accounts = accounts;
		this.imports = imports;
		this.transactions = transactions;
	}

	/**
	 * A stage for one import, provisioning batch after batch in the background until closed;
	 * {@code newYear}: the year had no record, so its students are expected to have no account yet.
	 */
	Stage start(UUID importId, int graduationYear, boolean newYear) {
		return new Stage(importId, graduationYear, newYear, Thread.currentThread().getName() + "-accounts");
	}

	/** The failure of a provisioning batch, after the registry rows were committed. */
	static final class FailedException extends RuntimeException {

		FailedException(RuntimeException cause) {
			super("Provisioning colleges, majors and student accounts failed", cause);
		}
	}

	final class Stage implements AutoCloseable {

		private final UUID importId;

		private final int graduationYear;

		private final BackgroundStage<List<Graduate>> background;

		/** Until one batch proves otherwise: every student is new and gets an account by COPY. */
		private boolean expectNew;

		/** Colleges and majors registered by this import: each is registered once, not once per batch. */
		private final Set<String> registeredColleges = new HashSet<>();

		private final Set<String> registeredMajors = new HashSet<>();

		private Stage(UUID importId, int graduationYear, boolean newYear, String threadName) {
			this.importId = importId;
			this.graduationYear = graduationYear;
			this.expectNew = newYear;
			this.background = new BackgroundStage<>(threadName, this::provision);
		}

		/** Queues stored rows; throws {@link FailedException} if an earlier batch failed. */
		void submit(List<Graduate> stored) throws InterruptedException {
			if (!stored.isEmpty()) {
				background.submit(stored);
			}
		}

		/** Waits for the batches submitted; throws {@link FailedException} if one failed. */
		void finish() throws InterruptedException {
			background.finish();
		}

		@Override
		public void close() {
			background.close();
		}

		private void provision(List<Graduate> rows) {
			Set<String> newColleges = new LinkedHashSet<>();
			Map<String, MajorRef> newMajors = new LinkedHashMap<>();
			for (Graduate row : rows) {
				if (!registeredColleges.contains(row.collegeName())) {
					newColleges.add(row.collegeName());
				}
				if (row.majorCode() != null && row.majorName() != null) {
					String key = row.majorCode() + '\u0000' + row.majorName();
					if (!registeredMajors.contains(key)) {
						newMajors.putIfAbsent(key, new MajorRef(row.majorCode(), row.majorName(), row.collegeName()));
					}
				}
			}
			try {
				transactions.executeWithoutResult(tx -> {
					if (!newColleges.isEmpty() || !newMajors.isEmpty()) {
						imports.recordCreated(importId, catalog.registerAll(newColleges, newMajors.values()));
					}
					List<StudentAccountSpec> students = rows.stream()
						.map(r -> new StudentAccountSpec(r.studentNo(), r.name(), r.idCard(), r.collegeName(),
								graduationYear))
						.toList();
					if (expectNew) {
						expectNew = accounts.provisionNew(students);
					}
					else {
						accounts.provision(students);
					}
				});
			}
			catch (RuntimeException ex) {
				throw new FailedException(ex);
			}
			registeredColleges.addAll(newColleges);
			registeredMajors.addAll(newMajors.keySet());
		}
	}
}
