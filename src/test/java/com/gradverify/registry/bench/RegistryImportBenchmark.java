package com.gradverify.registry.bench;

import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import com.gradverify.GradVerifyApplication;
import com.gradverify.demo.SyntheticRegistry;
import com.gradverify.registry.importing.ImportStatus;
import com.gradverify.registry.importing.RegistryImports;
import com.gradverify.support.EmbeddedDatabaseConfiguration;
import com.gradverify.support.HeapWatch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: generates a registry CSV of {@code -Drows=500000} graduates, imports it through the
 * application's import pipeline on the embedded PostgreSQL, then COPYs the same file into an
 * equivalent table of the same database, and prints rows/s of both and the peak heap; finally
 * imports the file again (every row unchanged: the staging and upsert path) and prints its rows/s.
 *
 * <pre>
 * MAVEN_OPTS=-Xmx256m mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.gradverify.registry.bench.RegistryImportBenchmark
 * </pre>
 *
 * exec:java runs in Maven's own JVM, so the heap figure includes Maven's share: an upper bound.
 */
public final class RegistryImportBenchmark {

	private static final int YEAR = 2025;

	private RegistryImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.getInteger("rows", 500_000);
		Path dir = Files.createTempDirectory("registry-bench");
		Path csv = dir.resolve("registry-" + rows + ".csv");
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			SyntheticRegistry.writeCsv(out, YEAR, rows, 20250630L);
		}
		System.out.printf("Generated %,d rows (%,d MB) in %s%n", rows, Files.size(csv) >> 20, csv);

		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GradVerifyApplication.class,
				EmbeddedDatabaseConfiguration.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
			// a command-line argument, since application.properties would override a default property
			.run(withUploadLimit(args))) {
			RegistryImports imports = app.getBean(RegistryImports.class);
			DataSource dataSource = app.getBean(DataSource.class);

			awaitQuietCompiler();
			System.gc();
			HeapWatch heap = HeapWatch.start();
			long started = System.nanoTime();
			ImportStatus status = importAndWait(imports, csv);
			double importSeconds = (System.nanoTime() - started) / 1e9;
			heap.stop();
			UUID id = status.id();

			double copySeconds = rawCopy(dataSource, csv);

			double importRate = status.total() / importSeconds;
			double copyRate = rows / copySeconds;
			System.out.printf("Import: %s, %,d rows (inserted %,d, updated %,d, unchanged %,d, rejected %,d) in %.1f s = %,.0f rows/s%n",
					status.status(), status.total(), status.inserted(), status.updated(), status.unchanged(),
					status.rejected(), importSeconds, importRate);
			System.out.printf("Raw COPY of the same file into an equivalent table: %.1f s = %,.0f rows/s%n", copySeconds,
					copyRate);
			System.out.printf("Import throughput = %.0f%% of raw COPY%n", 100 * importRate / copyRate);
			new JdbcTemplate(dataSource).query("""
					select column_name, reason, count(*) from registry_import_error where import_id = ?
					group by 1, 2 order by 3 desc limit 5""", rs -> {
				System.out.printf("  rejected %,d x %s: %s%n", rs.getLong(3), rs.getString(1), rs.getString(2));
			}, id);
			System.out.printf("Peak heap used during the import: %,d MB sampled, %,d MB by pool peaks (max heap %,d MB)%n",
					heap.sampledPeak() >> 20, heap.poolPeaks() >> 20, Runtime.getRuntime().maxMemory() >> 20);

			long again = System.nanoTime();
			ImportStatus repeat = importAndWait(imports, csv);
			double repeatSeconds = (System.nanoTime() - again) / 1e9;
			System.out.printf("Re-import of the same file: %,d unchanged, %,d updated in %.1f s = %,.0f rows/s%n",
					repeat.unchanged(), repeat.updated(), repeatSeconds, repeat.total() / repeatSeconds);
		}
		Files.deleteIfExists(csv);
		Files.deleteIfExists(dir);
	}

	/** The benchmark's arguments go to the application too, e.g. {@code --gradverify.registry.batch-size=2000}. */
	private static String[] withUploadLimit(String[] args) {
		String[] all = Arrays.copyOf(args, args.length + 1);
		all[args.length] = "--gradverify.registry.max-upload-size=4GB";
		return all;
	}

	/**
	 * Waits until the JIT compiler has worked off what the application's start made hot (at most
	 * 30 s), as on a server that has been running for a while; the import's own code is not warmed.
	 */
	private static void awaitQuietCompiler() throws InterruptedException {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		int quietHalfSeconds = 0;
		for (int i = 0; i < 60 && quietHalfSeconds < 2; i++) {
			long before = compiler.getTotalCompilationTime();
			Thread.sleep(500);
			quietHalfSeconds = compiler.getTotalCompilationTime() - before < 10 ? quietHalfSeconds + 1 : 0;
		}
	}

	private static ImportStatus importAndWait(RegistryImports imports, Path csv) throws Exception {
		UUID id;
		try (InputStream in = Files.newInputStream(csv)) {
			id = imports.start(csv.getFileName().toString(), Files.size(csv), in, YEAR, "benchmark");
		}
		ImportStatus status = imports.status(id).orElseThrow();
		while (status.running()) {
			Thread.sleep(200);
			status = imports.status(id).orElseThrow();
		}
		return status;
	}

	/**
	 * COPY of the file as is into a table with registry_record's columns and the same indexes
	 * (primary key and the two per-year keys; not unique, since a raw COPY has no way to reject the
	 * generator's few repeated 身份证号).
	 */
	private static double rawCopy(DataSource dataSource, Path csv) throws Exception {
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("drop table if exists registry_copy_bench");
			statement.execute("create table registry_copy_bench (like registry_record including defaults including identity)");
			statement.execute("alter table registry_copy_bench add primary key (id)");
			statement.execute("alter table registry_copy_bench alter column graduation_year set default " + YEAR);
			statement.execute("create index on registry_copy_bench (graduation_year, id_card)");
			statement.execute("create index on registry_copy_bench (graduation_year, student_no)");
			String columns = String.join(", ", List.of("examinee_no", "id_card", "name", "gender_code", "ethnic_code",
					"political_code", "education_code", "major_code", "major_name", "training_mode_code", "sponsor_unit",
					"origin_place_code", "schooling_length", "enrolment_date", "graduation_date", "college_name",
					"class_name", "student_no", "birth_date", "normal_student_code", "difficulty_code", "urban_rural_code"));
			long started = System.nanoTime();
			try (InputStream in = Files.newInputStream(csv)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy registry_copy_bench (" + columns + ") from stdin (format csv, header true)", in);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			statement.execute("drop table registry_copy_bench");
			return seconds;
		}
	}
}
