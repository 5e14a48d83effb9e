package com.gradverify.verification.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import com.gradverify.GradVerifyApplication;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.EmbeddedDatabaseConfiguration;
import com.gradverify.verification.ChaseLists;
import com.gradverify.verification.ChaseState;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Not a test: puts a 届 of {@code -Drows=50000} graduates (accounts, registry records in 1,000 classes
 * of 40 majors in 4 colleges, applications in every state for 60% of them, a sign-in for 70%) into
 * the embedded PostgreSQL by SQL, then times the progress dashboard, a chase list page, its XLSX
 * (through the controllers, pages rendered) and the notification module's query, as the school and as
 * a college reviewer, printing the median of {@code -Drounds=5} after one warm-up. Load average and
 * cores are printed first: on a shared machine wall-clock times say little without them.
 *
 * <pre>
 * mvn -q test-compile exec:exec@chase-benchmark
 * </pre>
 */
public final class ChaseListBenchmark {

	private static final int YEAR = 2035;

	private ChaseListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.getInteger("rows", 50_000);
		int rounds = Integer.getInteger("rounds", 5);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GradVerifyApplication.class,
				EmbeddedDatabaseConfiguration.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "logging.level.root=WARN")
			.run()) {
			var jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
			long[] colleges = seed(jdbc, rows);
			SignedInAccount school = staff(jdbc, Role.SCHOOL_REVIEWER, null);
			SignedInAccount college = staff(jdbc, Role.COLLEGE_REVIEWER, colleges[0]);
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
				.apply(SecurityMockMvcConfigurers.springSecurity())
				.build();
			ChaseLists lists = app.getBean(ChaseLists.class);
			String list = "/reviews/progress/students?graduationYear=" + YEAR;
			var accounts = app.getBean(com.gradverify.account.StudentAccounts.class);
			var registry = app.getBean(com.gradverify.registry.RegistryRecords.class);
			time("account placements of the 届", rounds, () -> accounts.placements(YEAR).size());
			time("registry placements of the 届", rounds, () -> registry.placements(YEAR).size());
			time("the whole 届's chase rows", rounds,
					() -> lists.students(school, new com.gradverify.verification.ChaseQuery(YEAR, null, null, null, null)));
			for (SignedInAccount staff : new SignedInAccount[] { school, college }) {
				time(staff.role() + " dashboard", rounds, () -> page(mvc, "/reviews/progress?graduationYear=" + YEAR, staff));
				time(staff.role() + " list UNBOUND page 1", rounds, () -> page(mvc, list + "&state=UNBOUND", staff));
				time(staff.role() + " list of one class", rounds,
						() -> page(mvc, list + "&collegeId=" + colleges[0] + "&className=C0001", staff));
				time(staff.role() + " XLSX of every student", rounds, () -> page(mvc,
						"/reviews/progress/students.xlsx?graduationYear=" + YEAR, staff));
			}
			time("accountIds NEVER_SIGNED_IN+UNBOUND, one college", rounds,
					() -> lists.accountIds(YEAR, colleges[0], Set.of(ChaseState.NEVER_SIGNED_IN, ChaseState.UNBOUND)));
		}
	}

	/**
	 * The median wall-clock time and the median CPU time of this thread (the JVM's own work, which a
	 * machine shared with other processes inflates less) of {@code rounds} runs after one warm-up.
	 */
	private static void time(String what, int rounds, Action action) throws Exception {
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		action.run();
		long[] millis = new long[rounds];
		long[] cpu = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long started = System.nanoTime();
			long cpuStarted = threads.getCurrentThreadCpuTime();
			action.run();
			cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
			millis[i] = (System.nanoTime() - started) / 1_000_000;
		}
		java.util.Arrays.sort(millis);
		java.util.Arrays.sort(cpu);
		System.out.printf("%-50s median %,5d ms (min %,d, max %,d), JVM CPU %,d ms%n", what, millis[rounds / 2],
				millis[0], millis[rounds - 1], cpu[rounds / 2]);
	}

	private static Object page(MockMvc mvc, String path, SignedInAccount staff) throws Exception {
		var response = mvc.perform(get(path).with(authentication(SignedInAuthentication.of(staff)))).andReturn()
			.getResponse();
		if (response.getStatus() != 200) {
			throw new IllegalStateException(path + " answered " + response.getStatus());
		}
		return response.getContentAsByteArray().length;
	}

	private static SignedInAccount staff(JdbcTemplate jdbc, Role role, Long college) {
		String username = "bench" + role.name().toLowerCase() + System.nanoTime() % 100_000;
		Long id = jdbc.queryForObject("""
				insert into account (username, display_name, role, college_id, password_hash, password_change_required)
				values (?, ?, ?, ?, '{noop}unused', false) returning id""", Long.class, username, username, role.name(),
				college);
		return new SignedInAccount(id, username, username, role, college, null);
	}

	/** Four colleges; returns their ids. */
	private static long[] seed(JdbcTemplate jdbc, int rows) {
		String run = Long.toString(System.currentTimeMillis() % 100_000);
		long[] colleges = new long[4];
		for (int i = 0; i < 4; i++) {
			colleges[i] = jdbc.queryForObject("insert into college (name) values (?) returning id", Long.class,
					"催办基准学院" + run + "-" + i);
		}
		long started = System.nanoTime();
		jdbc.update("""
				insert into account (username, display_name, role, college_id, id_card, graduation_year, first_signed_in_at)
				select 'C' || ? || '-' || g, '学生' || g, 'STUDENT', (?::bigint[])[1 + g % 4],
				       '430602' || to_char(date '1998-01-01' + g / 1000, 'YYYYMMDD') || lpad((g % 1000)::text, 3, '0') || 'X',
				       ?, case when g % 10 < 7 then now() end
				from generate_series(1, ?) g""", run, colleges, YEAR, rows);
		jdbc.update("""
				insert into registry_record (graduation_year, id_card, name, student_no, education_code, college_name,
				    graduation_date, major_code, major_name, class_name)
				select ?, a.id_card, a.display_name, a.username, '31', c.name, make_date(?, 6, 30),
				       lpad((80900 + n % 40)::text, 6, '0'), '专业' || (n % 40), 'C' || lpad((n % 1000)::text, 4, '0')
				from (select id, id_card, display_name, username, college_id,
				             (row_number() over (order by id))::int as n
				      from account where graduation_year = ? and role = 'STUDENT' and username like ?) a
				join college c on c.id = a.college_id""", YEAR, YEAR, YEAR, "C" + run + "-%");
		jdbc.update("""
				insert into verification_application (account_id, registry_record_id, graduation_year, college_id, status,
				    student_no, mobile, submitted_at)
				select a.id, case when a.n % 10 <> 1 then r.id end, ?, a.college_id,
				       (array['DRAFT', 'SUBMITTED', 'COLLEGE_APPROVED', 'REJECTED', 'APPROVED', 'APPROVED'])[1 + a.n % 6],
				       a.username, '138' || lpad(a.n::text, 8, '0'), now()
				from (select id, college_id, username, (row_number() over (order by id))::int as n
				      from account where graduation_year = ? and role = 'STUDENT' and username like ?) a
				join registry_record r on r.graduation_year = ? and r.student_no = a.username
				where a.n % 10 < 6""", YEAR, YEAR, "C" + run + "-%", YEAR);
		System.out.printf("load average %.1f on %d cores%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
		System.out.printf("Seeded %,d graduates of %d in %.1f s%n", rows, YEAR, (System.nanoTime() - started) / 1e9);
		return colleges;
	}

	@FunctionalInterface
	private interface Action {

		Object run() throws Exception;
	}
}
