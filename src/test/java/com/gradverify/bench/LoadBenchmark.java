package com.gradverify.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.gradverify.demo.SyntheticRegistry;

/**
 * Not a test: the load benchmark of issue 14. Starts an embedded PostgreSQL, runs the packaged
 * application jar on it in a JVM of its own with the production settings of {@code -Djvm=…}
 * (default {@code -Xms512m -Xmx1g -XX:+UseG1GC}), imports a generated registry through the admin
 * API, prepares {@code -Dstudents=250} graduates through the real API and pages (token, first-login
 * password change, binding, a saved draft, a PC session signed in on the login page), and then
 * measures with {@code wrk} (Debian's; installed with apt-get where missing), each for
 * {@code -Dseconds=20} with {@code -Dconnections=200}: a static asset (the ceiling), {@code GET
 * /api/v1/me} with a bearer token, the PC form page {@code GET /verification} with a session, the
 * WeChat form page (the same session, WeChat's User-Agent), the mixed student API load (80% read,
 * 15% draft save with the version just read, 5% division cascade), and the school reviewer's queue
 * page with 2,000 and with 50,000 applications waiting (20 connections); with {@code -Dscenarios=…,nodes}
 * also the mixed load split over two instances of the jar on the same database, sessions in PostgreSQL.
 * It prints requests/s, p50/p99, error counts, each figure's ratio to the ceiling, the application's
 * CPU time per request and its peak used heap (sampled by jstat every second).
 *
 * <pre>
 * mvn -q -DskipTests package exec:exec@load-benchmark      # -Dbench.students=… -Dbench.seconds=… -Dbench.scenarios=…
 * </pre>
 */
public final class LoadBenchmark {

	private static final String ADMIN = "bench-admin";

	private static final String PASSWORD = "Bench!Load#2027x";

	private static final int YEAR = 2027;

	private static final String TWO_NODES = "nodes";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String WECHAT_AGENT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) "
			+ "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) "
			+ "NetType/WIFI Language/zh_CN";

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	private final Path work;

	private final int seconds = Integer.getInteger("seconds", 20);

	private final int connections = Integer.getInteger("connections", 200);

	private final int threads = Integer.getInteger("threads", 2);

	/** The application's process, whose CPU time each figure reports per request; null for none. */
	private final ProcessHandle app;

	private LoadBenchmark(String base, Path work, ProcessHandle app) {
		this.base = base;
		this.work = work;
		this.app = app;
	}

	public static void main(String[] args) throws Exception {
		int students = Integer.getInteger("students", 250);
		int registrySize = Integer.getInteger("registry", 52_000);
		Path jar = Path.of(System.getProperty("jar", "target/gradverify-0.1.0-SNAPSHOT.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run mvn -DskipTests package first");
		}
		String wrk = ensureWrk();
		Path work = Files.createTempDirectory("load-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", "off")
			.setServerConfig("synchronous_commit", "off")
			.start()) {
			String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
			int port = freePort();
			Process app = startApplication(jar, jdbcUrl, port, work.resolve("node-a"), "load-benchmark.log");
			HeapSampler heap = null;
			try {
				var bench = new LoadBenchmark("http://127.0.0.1:" + port, work, app.toHandle());
				bench.awaitStart(app);
				heap = HeapSampler.start(app.pid());
				bench.run(wrk, jar, jdbcUrl, students, registrySize, heap);
			}
			finally {
				if (heap != null) {
					heap.stop();
				}
				app.destroy();
				app.waitFor();
			}
		}
		finally {
			try (var files = Files.walk(work)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private void run(String wrk, Path jar, String jdbcUrl, int students, int registrySize, HeapSampler heap)
			throws Exception {
		long started = System.nanoTime();
		String admin = firstSignIn(ADMIN, PASSWORD, PASSWORD + "a").token();
		importRegistry(admin, registrySize);
		List<Prepared> prepared = prepare(jdbcUrl, students);
		String reviewer = createSchoolReviewer(admin);
		System.out.printf("Prepared %,d students and a school reviewer in %.0f s%n", prepared.size(),
				(System.nanoTime() - started) / 1e9);

		Path tokens = lines("tokens", prepared.stream().map(p -> "Authorization: Bearer " + p.token()).toList());
		Path sessions = lines("sessions", prepared.stream().map(p -> "Cookie: JSESSIONID=" + p.session()).toList());
		Path anonymous = lines("anonymous", List.of("Accept: text/css"));
		Path mixed = mixedLines("mixed", prepared);
		Path reviewerSession = lines("reviewer", List.of("Cookie: JSESSIONID=" + reviewer));

		// warm-up: the JIT compiles the paths measured, as on a server that has been up a while
		System.out.println("Warming up …");
		int warm = Math.max(5, seconds / 2);
		wrk(wrk, "/css/app.css", anonymous, connections, warm, null);
		if (measures("me")) {
			wrk(wrk, "/api/v1/me", tokens, connections, warm, null);
		}
		if (measures("pc") || measures("wechat")) {
			wrk(wrk, "/verification", sessions, connections, warm, null);
			wrk(wrk, "/verification", sessions, connections, warm, WECHAT_AGENT);
		}
		if (measures("mixed")) {
			wrkMixed(wrk, mixed, warm);
		}

		heap.reset();
		List<Result> results = new ArrayList<>();
		results.add(wrk(wrk, "/css/app.css", anonymous, connections, seconds, null).named("static asset /css/app.css"));
		if (measures("me")) {
			results.add(wrk(wrk, "/api/v1/me", tokens, connections, seconds, null).named("GET /api/v1/me (bearer)"));
		}
		if (measures("pc")) {
			results.add(wrk(wrk, "/verification", sessions, connections, seconds, null).named("PC form page /verification"));
		}
		if (measures("wechat")) {
			results.add(wrk(wrk, "/verification", sessions, connections, seconds, WECHAT_AGENT)
				.named("WeChat form page /verification"));
		}
		long versionsBefore = versionSum(jdbcUrl, prepared);
		Result mixedResult = measures("mixed") ? wrkMixed(wrk, mixed, seconds).named("mixed student API") : null;
		long versionsAfter = versionSum(jdbcUrl, prepared);
		if (mixedResult != null) {
			results.add(mixedResult);
		}
		Result twoNodes = null;
		long twoNodesVersions = 0;
		if (measures(TWO_NODES)) {
			long[] versionRise = new long[1];
			twoNodes = onSecondNode(jar, jdbcUrl,
					node -> mixedOnTwoNodes(wrk, node, jdbcUrl, prepared, warm, seconds, versionRise));
			twoNodesVersions = versionRise[0];
			results.add(twoNodes);
		}
		int queueConnections = Integer.getInteger("queueConnections", 20);
		for (int waiting : measures("queue") ? new int[] { 2_000, 50_000 } : new int[0]) {
			seedWaitingApplications(jdbcUrl, waiting);
			wrk(wrk, "/reviews", reviewerSession, queueConnections, warm, null);
			results.add(wrk(wrk, "/reviews", reviewerSession, queueConnections, seconds, null)
				.named(String.format("reviewer queue, %,d applications (%d conn.)", waiting, queueConnections)));
		}
		long peak = heap.peak();

		double ceiling = results.get(0).rate();
		System.out.println();
		System.out.printf("%-50s %10s %8s %8s %7s %7s %12s%n", "", "req/s", "p50 ms", "p99 ms", "errors", "ratio",
				"CPU ms/req");
		for (Result r : results) {
			System.out.printf("%-50s %,10.0f %8.1f %8.1f %7d %6.1f%% %12.2f%n", r.name(), r.rate(), r.p50() / 1000.0,
					r.p99() / 1000.0, r.statusErrors() + r.socketErrors(), ceiling > 0 ? 100 * r.rate() / ceiling : 0,
					r.cpuMillisPerRequest());
		}
		if (mixedResult != null) {
			System.out.printf("Mixed load: %,d draft saves answered 200, %,d answered 409; versions in the database rose by "
				+ "%,d (%s)%n", mixedResult.saves(), mixedResult.conflicts(), versionsAfter - versionsBefore,
				versionsAfter - versionsBefore < mixedResult.saves() ? "LOST SAVES"
						: versionsAfter - versionsBefore == mixedResult.saves() ? "no lost save"
								: "no lost save; some saves' answers were not counted by the script");
		}
		if (twoNodes != null) {
			System.out.printf("Mixed load on two nodes: %,d draft saves answered 200, %,d answered 409; versions in the "
				+ "database rose by %,d (%s)%n", twoNodes.saves(), twoNodes.conflicts(), twoNodesVersions,
				twoNodesVersions < twoNodes.saves() ? "LOST SAVES" : "no lost save");
		}
		System.out.printf("Peak used heap of the application while measured: %,d MB (sampled every second)%n",
				peak >> 20);
	}

	// ---- two nodes

	private interface OnNode<T> {

		T measure(String secondBase) throws Exception;
	}

	/**
	 * Starts a second instance of the jar on the same database (its own port, folders and log), waits until it
	 * answers, runs {@code measurement} and stops it again. In a run that measures {@code nodes} both nodes
	 * keep their sessions in PostgreSQL ({@code gradverify.session.store=jdbc}), the first from the start.
	 */
	private <T> T onSecondNode(Path jar, String jdbcUrl, OnNode<T> measurement) throws Exception {
		int port = freePort();
		Process second = startApplication(jar, jdbcUrl, port, work.resolve("node-b"), "load-benchmark-node-b.log");
		try {
			String secondBase = "http://127.0.0.1:" + port;
			new LoadBenchmark(secondBase, work, null).awaitStart(second);
			return measurement.measure(secondBase);
		}
		finally {
			second.destroy();
			second.waitFor();
		}
	}

	/**
	 * The mixed load split between the two nodes, as a round-robin balancer without affinity would: two wrk
	 * processes at once, each with half the connections and half the students (so that a student still has
	 * one request under way at a time), after a warm-up of the second node. Requests per second add up; the
	 * p50 and p99 given are the worse node's; {@code versionRise[0]} gets how far the versions in the database
	 * rose meanwhile. The second node's heap is not sampled.
	 */
	private Result mixedOnTwoNodes(String wrk, String secondBase, String jdbcUrl, List<Prepared> prepared, int warm,
			int duration, long[] versionRise) throws Exception {
		int half = prepared.size() / 2;
		Path first = mixedLines("mixed-a", prepared.subList(0, half));
		Path second = mixedLines("mixed-b", prepared.subList(half, prepared.size()));
		// the first node has been warmed by every figure before, the second starts cold
		runWrk(mixedCommand(wrk, secondBase, second, connections / 2, 2 * warm));
		awaitIdle();
		long before = versionSum(jdbcUrl, prepared);
		Process a = start(mixedCommand(wrk, base, first, connections / 2, duration));
		Process b = start(mixedCommand(wrk, secondBase, second, connections - connections / 2, duration));
		Result ra = collect(a, List.of());
		Result rb = collect(b, List.of());
		// the saves of the warm-up before do not count
		versionRise[0] = versionSum(jdbcUrl, prepared) - before;
		return new Result(String.format("mixed student API, two nodes (%d + %d conn.)", connections / 2,
				connections - connections / 2), ra.requests() + rb.requests(),
				Math.max(ra.durationMicros(), rb.durationMicros()), Math.max(ra.p50(), rb.p50()),
				Math.max(ra.p99(), rb.p99()), ra.statusErrors() + rb.statusErrors(),
				ra.socketErrors() + rb.socketErrors(), ra.saves() + rb.saves(), ra.conflicts() + rb.conflicts(), -1);
	}

	private Path mixedLines(String name, List<Prepared> students) throws IOException {
		return lines(name, students.stream()
			.map(p -> p.token() + "\t" + p.applicationId() + "\t" + p.version() + "\t" + p.saveBody())
			.toList());
	}

	/**
	 * {@code -Dscenarios=me,pc,wechat,mixed,queue,nodes} picks what is measured beside the ceiling; the default
	 * is all but {@code nodes} (the mixed load on two application instances, which takes a second JVM).
	 */
	private static boolean measures(String scenario) {
		String chosen = System.getProperty("scenarios", "");
		return chosen.isBlank() ? !scenario.equals(TWO_NODES) : List.of(chosen.split(",")).contains(scenario);
	}

	// ---- the application

	private static Process startApplication(Path jar, String jdbcUrl, int port, Path work, String logName)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		for (String option : System.getProperty("jvm", "-Xms512m -Xmx1g -XX:+UseG1GC").trim().split("\\s+")) {
			command.add(option);
		}
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--gradverify.bootstrap-admin.username=" + ADMIN, "--gradverify.bootstrap-admin.password=" + PASSWORD,
				"--gradverify.evidence.storage-dir=" + work.resolve("evidence"),
				"--gradverify.registry.spool-dir=" + work.resolve("spool"),
				"--gradverify.security.max-address-failures=100000", "--logging.level.root=WARN",
				// two nodes share their sessions through PostgreSQL, as README "Running more than one node" says
				"--gradverify.session.store=" + (measures(TWO_NODES) ? "jdbc" : "servlet")));
		Path log = Path.of("target", logName).toAbsolutePath();
		System.out.println("Application log: " + log);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private void awaitStart(Process app) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				throw new IllegalStateException("the application stopped, see its log");
			}
			try {
				if (send(get("/login"), null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the application did not start within 3 minutes");
	}

	// ---- preparation through the real API and pages

	private record Session(String token, String cookie) {
	}

	private record Prepared(String token, String session, long applicationId, long version, String saveBody) {
	}

	/** Token with the initial password, the first-login password change, then a PC session. */
	private Session firstSignIn(String username, String initialPassword, String newPassword) throws Exception {
		String token = token(username, initialPassword);
		var change = JSON.createObjectNode().put("currentPassword", initialPassword).put("newPassword", newPassword);
		expect(send(bearer(post("/api/v1/me/password", change), token), null), 204, "password change of " + username);
		return new Session(token, signInPage(username, newPassword));
	}

	private String token(String username, String password) throws Exception {
		var body = JSON.createObjectNode().put("username", username).put("password", password);
		var response = expect(send(post("/api/v1/auth/token", body), null), 200, "token of " + username);
		return JSON.readTree(response.body()).get("token").asText();
	}

	/** The login page's form, as a browser sends it: its CSRF token and session cookie, then the POST. */
	private String signInPage(String username, String password) throws Exception {
		var page = expect(send(get("/login"), null), 200, "login page");
		String cookie = cookie(page);
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
		var login = send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "JSESSIONID=" + cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form)), null);
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + login.statusCode() + " " + location);
		}
		return cookie(login);
	}

	private void importRegistry(String admin, int rows) throws Exception {
		var csv = new StringWriter();
		SyntheticRegistry.writeCsv(csv, YEAR, rows, YEAR * 10_000L + 14);
		String boundary = "bench" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"graduationYear\"\r\n\r\n" + YEAR
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"registry.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		byte[] body = (head + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		var started = expect(send(bearer(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/registry/imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)), admin), null), 202, "registry import");
		String location = started.headers().firstValue("Location").orElseThrow();
		while (true) {
			JsonNode status = JSON.readTree(expect(send(bearer(get(location), admin), null), 200, "import status").body());
			String state = status.get("status").asText();
			if (!state.equals("RUNNING")) {
				System.out.printf("Registry of %,d graduates imported: %s%n", rows, state);
				if (!state.equals("DONE")) {
					throw new IllegalStateException("registry import ended " + status);
				}
				return;
			}
			Thread.sleep(500);
		}
	}

	/** The first graduates of the registry, each prepared by a client of its own, four at a time. */
	private List<Prepared> prepare(String jdbcUrl, int count) throws Exception {
		List<String[]> graduates = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
				var query = db.prepareStatement("""
						select student_no, id_card, name, education_code from registry_record
						where graduation_year = ? order by id limit ?""")) {
			query.setInt(1, YEAR);
			query.setInt(2, count);
			try (var rs = query.executeQuery()) {
				while (rs.next()) {
					graduates.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) });
				}
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Prepared>> futures = new ArrayList<>();
			AtomicLong mobile = new AtomicLong(13_800_000_000L);
			for (String[] g : graduates) {
				futures.add(pool.submit(() -> prepareOne(g, mobile.incrementAndGet())));
			}
			List<Prepared> prepared = new ArrayList<>();
			for (Future<Prepared> f : futures) {
				prepared.add(f.get());
			}
			return prepared;
		}
		finally {
			pool.shutdown();
		}
	}

	private Prepared prepareOne(String[] graduate, long mobile) throws Exception {
		String studentNo = graduate[0];
		String idCard = graduate[1];
		Session session = firstSignIn(studentNo, idCard.substring(idCard.length() - 6), PASSWORD);
		var binding = JSON.createObjectNode()
			.put("name", graduate[2])
			.put("idCard", idCard)
			.put("educationCode", graduate[3])
			.put("graduationYear", YEAR)
			.put("mobile", Long.toString(mobile));
		var bound = expect(send(bearer(post("/api/v1/me/binding", binding), session.token()), null), 200, "binding");
		if (!bound.body().contains("BOUND")) {
			throw new IllegalStateException("binding of " + studentNo + ": " + bound.body());
		}
		JsonNode document = JSON.readTree(expect(send(bearer(get("/api/v1/me/verification"), session.token()), null),
				200, "form").body());
		ObjectNode form = JSON.createObjectNode();
		document.get("sections").properties().forEach(section -> section.getValue().properties()
			.forEach(field -> form.set(field.getKey(), field.getValue())));
		form.put("homeAddressDetail", "岳麓区麓山南路 __N__ 号");
		form.put("postcode", "410083");
		ObjectNode save = JSON.createObjectNode().put("version", document.get("version").asLong());
		save.set("form", form);
		var saved = expect(send(bearer(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/verification"))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(save).replace("__N__", "1"))),
				session.token()), null), 200, "draft");
		JsonNode draft = JSON.readTree(saved.body());
		String template = JSON.writeValueAsString(save)
			.replace("\"version\":" + document.get("version").asLong(), "\"version\":__VERSION__");
		return new Prepared(session.token(), session.cookie(), draft.get("applicationId").asLong(),
				draft.get("version").asLong(), template);
	}

	private String createSchoolReviewer(String admin) throws Exception {
		var account = JSON.createObjectNode()
			.put("username", "bench-school")
			.put("displayName", "学校审核")
			.put("role", "SCHOOL_REVIEWER")
			.put("password", PASSWORD);
		expect(send(bearer(post("/api/v1/admin/accounts", account), admin), null), 201, "school reviewer");
		return firstSignIn("bench-school", PASSWORD, PASSWORD + "b").cookie();
	}

	/**
	 * Brings the school's queue to {@code waiting} applications: graduates beyond the prepared ones
	 * get a college-approved application copied from their registry record, as the college level
	 * leaves them. Filing tens of thousands through the API (a password hash per sign-in) would take
	 * longer than the whole benchmark, so these are written in one statement.
	 */
	private static void seedWaitingApplications(String jdbcUrl, int waiting) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
				var statement = db.createStatement()) {
			statement.executeUpdate(String.format("""
					insert into verification_application (account_id, registry_record_id, graduation_year, college_id,
					    status, name, gender_code, ethnic_code, id_card, birth_date, political_code, examinee_no, student_no,
					    college_name, major_code, major_name, education_code, schooling_length, training_mode_code,
					    sponsor_unit, enrolment_date, graduation_date, origin_place_code, urban_rural_code,
					    normal_student_code, difficulty_code, class_name, mobile, submitted_at)
					select a.id, r.id, r.graduation_year, a.college_id, 'COLLEGE_APPROVED', r.name, r.gender_code,
					    r.ethnic_code, r.id_card, r.birth_date, r.political_code, r.examinee_no, r.student_no, r.college_name,
					    r.major_code, r.major_name, r.education_code, r.schooling_length, r.training_mode_code,
					    r.sponsor_unit, r.enrolment_date, r.graduation_date, r.origin_place_code, r.urban_rural_code,
					    r.normal_student_code, r.difficulty_code, r.class_name, '139' || lpad(r.id::text, 8, '0'),
					    now() - r.id * interval '1 second'
					from registry_record r join account a on a.username = r.student_no and a.role = 'STUDENT'
					where r.graduation_year = %d
					  and not exists (select 1 from verification_application v where v.account_id = a.id)
					order by r.id
					limit greatest(0, %d - (select count(*) from verification_application where status = 'COLLEGE_APPROVED'))""",
					YEAR, waiting));
			// the reviewer's queue reads the review module's own tables (review_item, review_applicant), which the
			// kinds' events keep: the rows written above get theirs from the backfill migration itself, rerunnable
			statement.execute(backfillOfReviewItems());
			statement.execute("analyze verification_application");
			statement.execute("analyze review_item");
			statement.execute("analyze review_applicant");
			try (var count = statement.executeQuery("""
					select count(*) from review_item
					where kind = 'VERIFICATION' and state = 'COLLEGE_APPROVED' and graduation_year = %d""".formatted(YEAR))) {
				count.next();
				System.out.printf("Reviewer queue: %,d applications waiting for the school%n", count.getLong(1));
			}
		}
	}

	private static String backfillOfReviewItems() throws IOException {
		try (InputStream in = LoadBenchmark.class.getResourceAsStream("/db/migration/V32_2__review_item_backfill.sql")) {
			if (in == null) {
				throw new IllegalStateException("V32_2__review_item_backfill.sql is missing from the class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static long versionSum(String jdbcUrl, List<Prepared> prepared) throws Exception {
		try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
				var query = db.prepareStatement("select coalesce(sum(version), 0) from verification_application where id = any (?)")) {
			query.setArray(1, db.createArrayOf("bigint", prepared.stream().map(Prepared::applicationId).toArray()));
			try (var rs = query.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	// ---- wrk

	/** {@code cpuMicros}: the application's CPU time (all its threads, GC included) while measured; -1 unknown. */
	record Result(String name, long requests, long durationMicros, long p50, long p99, long statusErrors,
			long socketErrors, long saves, long conflicts, long cpuMicros) {

		double rate() {
			return requests / (durationMicros / 1e6);
		}

		/** CPU milliseconds of the application per request answered: what a request costs, whatever the load. */
		double cpuMillisPerRequest() {
			return cpuMicros < 0 || requests == 0 ? Double.NaN : cpuMicros / 1000.0 / requests;
		}

		Result named(String name) {
			return new Result(name, requests, durationMicros, p50, p99, statusErrors, socketErrors, saves, conflicts,
					cpuMicros);
		}

		Result withCpu(long micros) {
			return new Result(name, requests, durationMicros, p50, p99, statusErrors, socketErrors, saves, conflicts,
					micros);
		}
	}

	/** The application's CPU time so far, from /proc (Linux); -1 where that cannot be read. */
	private long cpuMicros() {
		if (app == null) {
			return -1;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(app.pid()), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime, fields 14 and 15 of stat, in clock ticks of 1/100 s
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000;
		}
		catch (IOException | RuntimeException unreadable) {
			return -1;
		}
	}

	private Result measured(List<String> command) throws Exception {
		long before = cpuMicros();
		Result result = runWrk(command);
		long after = cpuMicros();
		return result.withCpu(before < 0 || after < 0 ? -1 : after - before);
	}

	private Result wrk(String wrk, String path, Path credentials, int connections, int duration, String agent)
			throws Exception {
		awaitIdle();
		List<String> command = new ArrayList<>(List.of(wrk, "-t" + threads, "-c" + connections, "-d" + duration + "s",
				"--timeout", "10s", "-s", script("rotate.lua").toString(), base + path, "--", credentials.toString(),
				Integer.toString(threads)));
		if (agent != null) {
			command.add(agent);
		}
		return measured(command);
	}

	private Result wrkMixed(String wrk, Path students, int duration) throws Exception {
		awaitIdle();
		return measured(mixedCommand(wrk, base, students, connections, duration));
	}

	private List<String> mixedCommand(String wrk, String node, Path students, int connections, int duration)
			throws IOException {
		return List.of(wrk, "-t" + threads, "-c" + connections, "-d" + duration + "s", "--timeout", "10s", "-s",
				script("mixed.lua").toString(), node + "/api/v1/me/verification", "--", students.toString(),
				Integer.toString(threads));
	}

	/**
	 * Waits until the application answers the static asset within a second again, so that requests still
	 * queued from one figure (wrk stops sending, Tomcat does not stop serving) do not count against the next.
	 */
	private void awaitIdle() throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			long started = System.nanoTime();
			try {
				if (send(get("/css/app.css"), null).statusCode() == 200 && System.nanoTime() - started < 1_000_000_000L) {
					return;
				}
			}
			catch (IOException busy) {
				// still busy
			}
			Thread.sleep(500);
		}
		System.out.println("The application is still busy 2 minutes after the last figure; measuring anyway");
	}

	private static Result runWrk(List<String> command) throws Exception {
		return collect(start(command), command);
	}

	private static Process start(List<String> command) throws IOException {
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	/** Waits for a wrk process and reads its figures; {@code command} is printed with its output when asked. */
	private static Result collect(Process process, List<String> command) throws Exception {
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("wrk failed: " + output);
		}
		Map<String, Long> values = new LinkedHashMap<>();
		Matcher m = Pattern.compile("(\\w+)=(\\d+)").matcher(String.join("\n",
				output.lines().filter(l -> l.startsWith("BENCH ")).toList()));
		while (m.find()) {
			values.put(m.group(1), Long.parseLong(m.group(2)));
		}
		if (!values.containsKey("requests")) {
			throw new IllegalStateException("no result from wrk: " + output);
		}
		if (Boolean.getBoolean("verbose") || values.get("requests") == 0) {
			System.out.println(String.join(" ", command.subList(0, Math.min(9, command.size()))) + "\n" + output);
		}
		return new Result("", values.get("requests"), values.get("duration_us"), values.get("p50_us"),
				values.get("p99_us"), values.get("status_errors"), values.get("socket_errors"),
				values.getOrDefault("saves", 0L), values.getOrDefault("conflicts", 0L), -1);
	}

	private Path script(String name) throws IOException {
		Path file = work.resolve(name);
		if (!Files.exists(file)) {
			try (InputStream in = LoadBenchmark.class.getResourceAsStream("/bench/" + name)) {
				Files.copy(in, file);
			}
		}
		return file;
	}

	private static String ensureWrk() throws Exception {
		for (String candidate : List.of("/usr/bin/wrk", "/usr/local/bin/wrk")) {
			if (Files.isExecutable(Path.of(candidate))) {
				return candidate;
			}
		}
		System.out.println("Installing wrk (apt-get install wrk) …");
		Process install = new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq wrk").inheritIO()
			.start();
		if (install.waitFor() != 0 || !Files.isExecutable(Path.of("/usr/bin/wrk"))) {
			throw new IllegalStateException("wrk is missing and apt-get could not install it");
		}
		return "/usr/bin/wrk";
	}

	// ---- HTTP helpers

	private Path lines(String name, List<String> lines) throws IOException {
		return Files.write(work.resolve(name + ".txt"), lines, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path)).GET();
	}

	private HttpRequest.Builder post(String path, JsonNode body) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
	}

	private static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String unused) throws IOException {
		try {
			return http.send(request.timeout(Duration.ofSeconds(120)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " " + response.body());
		}
		return response;
	}

	private static String cookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie from " + response.uri()));
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** {@code jstat -gc PID 1000} in the background: one JVM sampling the application's heap every second. */
	private static final class HeapSampler {

		private final Process jstat;

		private final AtomicLong peak = new AtomicLong();

		private HeapSampler(Process jstat) {
			this.jstat = jstat;
		}

		static HeapSampler start(long pid) throws IOException {
			Path jstatPath = Path.of(System.getProperty("java.home"), "bin", "jstat");
			var sampler = new HeapSampler(new ProcessBuilder(jstatPath.toString(), "-gc", Long.toString(pid), "1000")
				.redirectErrorStream(true)
				.start());
			Thread reader = new Thread(() -> sampler.read(), "jstat-reader");
			reader.setDaemon(true);
			reader.start();
			return sampler;
		}

		private void read() {
			try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream()))) {
				String header = in.readLine();
				if (header == null) {
					return;
				}
				List<String> names = List.of(header.trim().split("\\s+"));
				String line;
				while ((line = in.readLine()) != null) {
					String[] values = line.trim().split("\\s+");
					if (values.length != names.size() || values[0].equals(names.get(0))) {
						continue;
					}
					double usedKb = 0;
					for (String pool : List.of("S0U", "S1U", "EU", "OU")) {
						usedKb += Double.parseDouble(values[names.indexOf(pool)]);
					}
					long used = (long) (usedKb * 1024);
					peak.accumulateAndGet(used, Math::max);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void reset() {
			peak.set(0);
		}

		long peak() {
			return peak.get();
		}

		void stop() {
			jstat.destroy();
		}
	}
}
