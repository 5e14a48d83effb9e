package com.gradverify.registry.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * Not a test: imports generated registry CSVs of {@code -Drows=500000} graduates through the
 * application's import pipeline on the embedded PostgreSQL, and after each import COPYs the same
 * file into an equivalent table of the same database; prints rows/s of both, their ratio per round
 * and the median of {@code -Drounds=3} rounds, and the peak heap. Each round imports a new
 * graduation year (2025, 2015, 2005 …, years far enough apart that no 学号 repeats), as a school
 * does once a year. Finally the last file is imported again (every row unchanged: the staging and
 * upsert path).
 *
 * <pre>
 * mvn -q test-compile exec:exec@registry-benchmark      # -Dbench.rows=… -Dbench.rounds=…
 * </pre>
 *
 * runs it in a JVM of its own with {@code -Xmx256m} (see the pom). Program arguments go to the
 * application, e.g. {@code --gradverify.registry.batch-size=2000}.
 */
public final class RegistryImportBenchmark {

	private RegistryImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.getInteger("rows", 500_000);
		int rounds = Integer.getInteger("rounds", 3);
		Path dir = Files.createTempDirectory("registry-bench");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GradVerifyApplication.class,
				EmbeddedDatabaseConfiguration.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
			// a command-line argument, since application.properties would override a default property
			.run(withUploadLimit(args))) {
			RegistryImports imports = app.getBean(RegistryImports.class);
			DataSource dataSource = app.getBean(DataSource.class);

			List<Double> ratios = new ArrayList<>();
			long peakHeap = 0;
			Path csv = null;
			for (int round = 0; round < rounds; round++) {
				int year = 2025 - 10 * round;
				csv = generate(dir, year, rows);
				awaitQuietCompiler();
				System.gc();
				HeapWatch heap = HeapWatch.start();
				long started = System.nanoTime();
				ImportStatus status = importAndWait(imports, csv, year);
				double importRate = status.total() / ((System.nanoTime() - started) / 1e9);
				heap.stop();
				peakHeap = Math.max(peakHeap, heap.sampledPeak());
				double copyRate = rows / rawCopy(dataSource, csv, year);
				ratios.add(importRate / copyRate);
				System.out.printf("Round %d, %d: import %s (inserted %,d, updated %,d, unchanged %,d, rejected %,d) "
						+ "%,.0f rows/s; raw COPY %,.0f rows/s; import = %.0f%% of raw COPY%n", round + 1, year,
						status.status(), status.inserted(), status.updated(), status.unchanged(), status.rejected(),
						importRate, copyRate, 100 * importRate / copyRate);
				printRejections(dataSource, status.id());
				if (round < rounds - 1) {
					Files.delete(csv);
				}
			}
			Collections.sort(ratios);
			System.out.printf("Median of %d rounds: import = %.0f%% of raw COPY%n", rounds,
					100 * ratios.get(ratios.size() / 2));
			System.out.printf("Peak heap used during the imports: %,d MB sampled (max heap %,d MB)%n", peakHeap >> 20,
					Runtime.getRuntime().maxMemory() >> 20);

			int lastYear = 2025 - 10 * (rounds - 1);
			long again = System.nanoTime();
			ImportStatus repeat = importAndWait(imports, csv, lastYear);
			double repeatSeconds = (System.nanoTime() - again) / 1e9;
			System.out.printf("Re-import of the same file: %,d unchanged, %,d updated in %.1f s = %,.0f rows/s%n",
					repeat.unchanged(), repeat.updated(), repeatSeconds, repeat.total() / repeatSeconds);
			Files.delete(csv);
		}
		Files.deleteIfExists(dir);
	}

	private static Path generate(Path dir, int year, int rows) throws IOException {
		Path csv = dir.resolve("registry-" + year + ".csv");
		try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			SyntheticRegistry.writeCsv(out, year, rows, year * 10_000L + 630);
		}
		return csv;
	}

	private static void printRejections(DataSource dataSource, UUID importId) {
		new JdbcTemplate(dataSource).query("""
				select column_name, reason, count(*) from registry_import_error where import_id = ?
				group by 1, 2 order by 3 desc limit 5""", rs -> {
			System.out.printf("  rejected %,d x %s: %s%n", rs.getLong(3), rs.getString(1), rs.getString(2));
		}, importId);
	}

	/** The benchmark's arguments go to the application too, e.g. {@code --gradverify.registry.batch-size=2000}. */
	private static String[] withUploadLimit(String[] args) {
		String[] all = Arrays.copyOf(args, args.length + 1);
		all[args.length] = "--gradverify.registry.max-upload-size=4GB";
		return all;
	}

	/**
	 * Waits until the JIT compiler has worked off what the application's start and the file's
	 * generation made hot (at most 30 s), as on a server that has been running for a while.
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

	private static ImportStatus importAndWait(RegistryImports imports, Path csv, int year) throws Exception {
		UUID id;
		try (InputStream in = Files.newInputStream(csv)) {
			id = imports.start(csv.getFileName().toString(), Files.size(csv), in, year, "benchmark");
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
	private static double rawCopy(DataSource dataSource, Path csv, int year) throws Exception {
		try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
			statement.execute("drop table if exists registry_copy_bench");
			statement.execute("create table registry_copy_bench (like registry_record including defaults including identity)");
			statement.execute("alter table registry_copy_bench add primary key (id)");
			statement.execute("alter table registry_copy_bench alter column graduation_year set default " + year);
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
