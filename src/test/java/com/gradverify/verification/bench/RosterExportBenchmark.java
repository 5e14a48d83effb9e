package com.gradverify.verification.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.gradverify.GradVerifyApplication;
import com.gradverify.support.EmbeddedDatabaseConfiguration;
import com.gradverify.support.HeapWatch;
import com.gradverify.verification.RosterExport;
import com.gradverify.verification.RosterFilter;
import com.gradverify.shared.tabular.TableFormat;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: puts {@code -Drows=50000} verified graduates (accounts and approved 实名认证
 * applications, written by SQL in one go) into the embedded PostgreSQL, then exports the roster as
 * XLSX and as CSV through {@link RosterExport}, printing rows/s, file size and peak heap of each.
 *
 * <pre>
 * mvn -q test-compile exec:exec@roster-benchmark
 * </pre>
 *
 * It runs in a JVM of its own with {@code -Xmx256m} (see the pom).
 */
public final class RosterExportBenchmark {

	private RosterExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.getInteger("rows", 50_000);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GradVerifyApplication.class,
				EmbeddedDatabaseConfiguration.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
			.run()) {
			var jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
			long college = seed(jdbc, rows);
			RosterExport roster = app.getBean(RosterExport.class);
			for (TableFormat format : TableFormat.values()) {
				Path file = Files.createTempFile("roster-bench", "." + format.extension());
				System.gc();
				long before = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
				HeapWatch heap = HeapWatch.start();
				long started = System.nanoTime();
				long exported;
				try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
					exported = roster.export(new RosterFilter(college, null), format, out, "benchmark");
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				heap.stop();
				System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s, %,d KB; heap in use after GC before the "
						+ "export %,d MB, peak %,d MB sampled, %,d MB by pool peaks (max heap %,d MB)%n", format, exported,
						seconds, exported / seconds, Files.size(file) >> 10, before >> 20, heap.sampledPeak() >> 20,
						heap.poolPeaks() >> 20, Runtime.getRuntime().maxMemory() >> 20);
				Files.delete(file);
			}
		}
	}

	/** One college of {@code rows} verified graduates with realistic, varied values. */
	private static long seed(JdbcTemplate jdbc, int rows) {
		String run = Long.toString(System.currentTimeMillis() % 100_000);
		Long college = jdbc.queryForObject("insert into college (name) values (?) returning id", Long.class,
				"基准学院" + run);
		long started = System.nanoTime();
		jdbc.update("""
				insert into account (username, display_name, role, college_id, id_card, graduation_year)
				select 'B' || ? || '-' || g, '学生' || g, 'STUDENT', ?,
				       '430602' || to_char(date '1998-01-01' + g / 1000, 'YYYYMMDD') || lpad((g % 1000)::text, 3, '0') || 'X',
				       2026
				from generate_series(1, ?) g""", run, college, rows);
		jdbc.update("""
				insert into verification_application (account_id, graduation_year, college_id, status, name, gender_code,
				    ethnic_code, id_card, birth_date, political_code, examinee_no, student_no, college_name, major_code,
				    major_name, education_code, schooling_length, training_mode_code, sponsor_unit, enrolment_date,
				    graduation_date, origin_place_code, urban_rural_code, normal_student_code, difficulty_code, class_name,
				    archive_unit, police_station, mobile, home_phone, home_division_code, home_address_detail, postcode,
				    email, submitted_at, decided_at)
				select a.id, 2026, a.college_id, 'APPROVED', a.display_name, (1 + n % 2)::text,
				       (array['01', '01', '01', '03', '05'])[1 + n % 5], a.id_card, date '1998-01-01' + n / 1000,
				       (array['13', '03', '01'])[1 + n % 3], '26430602' || lpad(n::text, 6, '0'), a.username,
				       '基准学院', (array['080901', '070503', '120203'])[1 + n % 3],
				       (array['计算机科学与技术', '地理信息科学', '会计学'])[1 + n % 3], '31', 4, '1',
				       case when n % 50 = 0 then '岳阳市教育局' end, date '2022-09-01', date '2026-06-30',
				       (array['430602', '430621', '110108', '450102'])[1 + n % 4], (1 + n % 2)::text, '2', '0',
				       '计科22' || lpad((n % 40)::text, 2, '0'), '湖南省岳阳市第一中学', '湖南省岳阳市岳阳楼区三眼桥派出所',
				       '138' || lpad(n::text, 8, '0'), '0730-8640000', '430602', '东茅岭路' || (n % 300) || '号', '414000',
				       'student' || n || '@example.com', now(), now()
				from (select id, college_id, display_name, id_card, username,
				             (row_number() over (order by id))::int as n
				      from account where college_id = ? and role = 'STUDENT') a""", college);
		System.out.printf("Seeded %,d verified graduates in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
		return college;
	}
}
