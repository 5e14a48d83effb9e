package com.gradverify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gradverify.account.ExpiredSessions;
import com.gradverify.support.EmbeddedDatabase;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.InProcessS3;
import com.gradverify.verification.BindingRequest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationForm;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the application, as two nodes behind a load balancer without sticky sessions:
 * one PostgreSQL (the test run's embedded one), sessions in it ({@code gradverify.session.store=jdbc}),
 * evidence in one S3-compatible store (an in-process S3Proxy), each node with folders of its own. A
 * client signs in on one node and carries on on the other with the same cookie; what one node does,
 * the other sees.
 */
class TwoNodesIntegrationTests {

	private static final String PASSWORD = "Nodes2026-ok";

	private static final String BUCKET = "evidence-nodes";

	private static final int RUN = ThreadLocalRandom.current().nextInt(100, 999);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"|(?:content|value)=\"([^\"]+)\" name=\"_csrf\"");

	@TempDir
	static Path dir;

	private static InProcessS3 s3;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startTwoNodes() throws Exception {
		s3 = InProcessS3.start(dir.resolve("s3"), BUCKET, "nodes-access", "nodes-secret");
		a = node("a");
		b = node("b");
	}

	@AfterAll
	static void stopNodes() throws Exception {
		for (var node : new ConfigurableApplicationContext[] { b, a }) {
			if (node != null) {
				node.close();
			}
		}
		if (s3 != null) {
			s3.close();
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		var postgres = EmbeddedDatabase.forTests();
		Path own = dir.resolve(name);
		return new SpringApplicationBuilder(GradVerifyApplication.class)
			// the test class path's @TestConfiguration classes (other databases) are not part of a node
			.initializers(context -> context.getBeanFactory().registerSingleton("nodeTypeExcludeFilter",
					new TestConfigurationExcludeFilter()))
			.run(arguments(Map.ofEntries(Map.entry("server.port", "0"),
					Map.entry("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres")),
					Map.entry("spring.datasource.username", "postgres"),
					Map.entry("spring.datasource.hikari.maximum-pool-size", "5"),
					Map.entry("gradverify.session.store", "jdbc"),
					// the job is triggered by the test; its schedule would come after the test
					Map.entry("gradverify.session.cleanup-interval", "1h"),
					Map.entry("gradverify.evidence.storage", "s3"),
					Map.entry("gradverify.evidence.s3.endpoint", s3.endpoint().toString()),
					Map.entry("gradverify.evidence.s3.bucket", BUCKET),
					Map.entry("gradverify.evidence.s3.access-key", "nodes-access"),
					Map.entry("gradverify.evidence.s3.secret-key", "nodes-secret"),
					Map.entry("gradverify.evidence.storage-dir", own.resolve("evidence").toString()),
					Map.entry("gradverify.registry.spool-dir", own.resolve("spool").toString()),
					Map.entry("gradverify.security.max-address-failures", "100000"),
					Map.entry("spring.main.banner-mode", "off"))));
	}

	/** As command-line arguments, which come before application.properties (default properties do not). */
	private static String[] arguments(Map<String, String> properties) {
		return properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
	}

	@Test
	void signedInOnOneNodeTheSessionCarriesOnOnTheOther() throws Exception {
		String admin = admin();
		var client = new Client();

		assertThat(client.get(b, "/admin/registry").statusCode()).isEqualTo(302);
		client.signIn(a, admin, PASSWORD);

		HttpResponse<String> onB = client.get(b, "/admin/registry");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains(">" + admin + "<");
		// the CSRF token lives in the session too: a token from a page of B is good for a post to A
		String token = client.csrf(client.get(b, "/admin/registry"));
		assertThat(client.post(a, "/logout", "_csrf=" + token).statusCode()).isEqualTo(302);
		assertThat(client.get(b, "/admin/registry").statusCode()).isEqualTo(302);
	}

	@Test
	void evidenceUploadedThroughOneNodeIsDownloadedThroughTheOther() throws Exception {
		Graduate student = studentWithChangedOriginPlace();
		var client = new Client();
		client.signIn(a, student.account().username(), PASSWORD);
		byte[] photo;
		try (InputStream in = getClass().getResourceAsStream("/evidence/photo-exif-gps.jpg")) {
			photo = in.readAllBytes();
		}

		String token = client.csrf(client.get(a, "/verification"));
		var upload = new Multipart().file("file", "hukou.jpg", "image/jpeg", photo);
		HttpResponse<String> uploaded = client.send(a, client.request(a, "/verification/origin-evidence")
			.header("X-Requested-With", "XMLHttpRequest")
			.header("X-CSRF-TOKEN", token)
			.header("Content-Type", upload.contentType())
			.POST(BodyPublishers.ofByteArray(upload.body())), BodyHandlers.ofString());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		long id = JSON.readTree(uploaded.body()).get("id").asLong();

		HttpResponse<byte[]> downloaded = client.send(b, client.request(b, "/evidence/" + id).GET(),
				BodyHandlers.ofByteArray());
		assertThat(downloaded.statusCode()).isEqualTo(200);
		byte[] stored = downloaded.body();
		assertThat(stored).isNotEmpty();
		// what B served is the object in the shared store, which neither node keeps on its own disk
		String sha256 = jdbc(b).sql("select sha256 from evidence_file where id = :id").param("id", id)
			.query(String.class).single();
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored))).isEqualTo(sha256);
		assertThat(s3.blobStore().blobExists(BUCKET, "evidence/" + sha256)).isTrue();
		assertThat(dir.resolve("a").resolve("evidence").resolve(sha256)).doesNotExist();
	}

	@Test
	void anImportStartedOnOneNodeIsWatchedOnTheOtherWhichRefusesASecondOfThatYear() throws Exception {
		var client = new Client();
		client.signIn(a, admin(), PASSWORD);
		int year = 2010;
		byte[] csv = registryCsv(year, 3);
		String location;
		// holding back the import's writes keeps it RUNNING on A while B looks
		try (Connection blocker = dataSource(a).getConnection()) {
			blocker.setAutoCommit(false);
			try (Statement lock = blocker.createStatement()) {
				lock.execute("lock table registry_record in exclusive mode");
			}
			HttpResponse<String> started = client.postImport(a, csv, year);
			assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
			location = started.headers().firstValue("Location").orElseThrow();
			assertThat(location).contains("/admin/registry/imports/");

			JsonNode running = client.json(b, URI.create(location).getPath() + "/status");
			assertThat(running.get("status").asString()).isEqualTo("RUNNING");
			assertThat(running.get("graduationYear").asInt()).isEqualTo(year);

			HttpResponse<String> second = client.postImport(b, csv, year);
			assertThat(second.statusCode()).isEqualTo(200);
			assertThat(second.body()).contains("该届已有一个导入任务正在进行，请等它完成后再导入");
			assertThat(jdbc(b).sql("select count(*) from registry_import where graduation_year = :year")
				.param("year", year).query(Integer.class).single()).isEqualTo(1);
			blocker.rollback();
		}

		JsonNode done = awaitEnd(client, b, URI.create(location).getPath() + "/status");
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("inserted").asInt()).isEqualTo(3);
		assertThat(client.get(b, URI.create(location).getPath()).body()).contains("registry-" + year + ".csv");
	}

	@Test
	void theExpiredSessionCleanUpTriggeredOnBothNodesAtOnceRunsOnce() throws Exception {
		var client = new Client();
		client.signIn(a, admin(), PASSWORD);
		JdbcClient jdbc = jdbc(a);
		jdbc.sql("update account_job set last_run_at = 'epoch' where name = 'expired-sessions'").update();
		List<String> expired = List.of(expiredSession(jdbc), expiredSession(jdbc), expiredSession(jdbc));

		var atOnce = new CyclicBarrier(2);
		var onA = CompletableFuture.supplyAsync(() -> removeExpired(a, atOnce));
		var onB = CompletableFuture.supplyAsync(() -> removeExpired(b, atOnce));
		List<Optional<Integer>> runs = List.of(onA.get(), onB.get());

		assertThat(runs).filteredOn(Optional::isPresent).singleElement()
			.satisfies(run -> assertThat(run.orElseThrow()).isGreaterThanOrEqualTo(expired.size()));
		assertThat(jdbc.sql("select count(*) from spring_session where primary_id in (:ids)").param("ids", expired)
			.query(Integer.class).single()).isZero();
		// ran for this period: neither node runs it again, and the live session was left alone
		assertThat(List.of(removeExpired(a, null), removeExpired(b, null))).allMatch(Optional::isEmpty);
		assertThat(client.get(b, "/admin/registry").statusCode()).isEqualTo(200);
	}

	@Test
	void whileTheCleanUpRunsSomewhereNoNodeStartsItAndNoneWaits() throws Exception {
		JdbcClient jdbc = jdbc(a);
		jdbc.sql("update account_job set last_run_at = 'epoch' where name = 'expired-sessions'").update();
		String expired = expiredSession(jdbc);
		// a run in progress elsewhere holds the job's row until its transaction ends
		try (Connection running = dataSource(a).getConnection()) {
			running.setAutoCommit(false);
			try (Statement claim = running.createStatement()) {
				claim.execute("select * from account_job where name = 'expired-sessions' for update");
			}
			Instant before = Instant.now();
			assertThat(List.of(removeExpired(a, null), removeExpired(b, null))).allMatch(Optional::isEmpty);
			assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(5));
			running.rollback();
		}
		assertThat(jdbc.sql("select count(*) from spring_session where primary_id = :id").param("id", expired)
			.query(Integer.class).single()).isOne();

		assertThat(removeExpired(b, null)).hasValueSatisfying(removed -> assertThat(removed).isPositive());
		assertThat(jdbc.sql("select count(*) from spring_session where primary_id = :id").param("id", expired)
			.query(Integer.class).single()).isZero();
	}

	private static Optional<Integer> removeExpired(ConfigurableApplicationContext node, CyclicBarrier atOnce) {
		try {
			if (atOnce != null) {
				atOnce.await();
			}
			return node.getBean(ExpiredSessions.class).removeExpired();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String expiredSession(JdbcClient jdbc) {
		String id = UUID.randomUUID().toString();
		long past = System.currentTimeMillis() - Duration.ofHours(2).toMillis();
		jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				    max_inactive_interval, expiry_time)
				values (:id, :session, :past, :past, 1800, :expiry)""")
			.param("id", id)
			.param("session", UUID.randomUUID().toString())
			.param("past", past)
			.param("expiry", past + 1_800_000)
			.update();
		return id;
	}

	private JsonNode awaitEnd(Client client, ConfigurableApplicationContext node, String status) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			JsonNode report = client.json(node, status);
			if (!"RUNNING".equals(report.get("status").asString())) {
				return report;
			}
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	/** An administrator with a known password, made through node A. */
	private static String admin() {
		String username = "nodeadmin" + RUN + "_" + UUID.randomUUID().toString().substring(0, 8);
		jdbc(a).sql("""
				insert into account (username, display_name, role, password_hash, password_change_required)
				values (:username, :name, 'ADMIN', :hash, false)""")
			.param("username", username)
			.param("name", "管理员" + username)
			.param("hash", a.getBean(PasswordEncoder.class).encode(PASSWORD))
			.update();
		return username;
	}

	/** A bound student whose saved draft changes the 生源地, which wants a 户籍证明. */
	private static Graduate studentWithChangedOriginPlace() {
		BindingService binding = a.getBean(BindingService.class);
		VerificationService verification = a.getBean(VerificationService.class);
		var graduates = new Graduates(jdbc(a), binding, verification);
		Graduate graduate = graduates.graduate(graduates.college());
		var request = new BindingRequest();
		request.setName(graduate.name());
		request.setIdCard(graduate.idCard());
		request.setEducationCode("31");
		request.setGraduationYear(Graduates.YEAR);
		request.setMobile("13800138000");
		binding.bind(graduate.account(), request);
		VerificationView view = verification.view(graduate.account());
		VerificationForm form = view.form();
		form.setArchiveUnit("湖南省岳阳市第一中学");
		form.setHukouTransferred(false);
		form.setArchiveTransferred(false);
		form.setHomePhone("0730-8640000");
		form.setHomeDivisionCode("430602");
		form.setHomeAddressDetail("东茅岭路100号");
		form.setPostcode("414000");
		form.setEmail("student@example.com");
		form.setOriginPlaceCode("430621");
		form.setPoliceStation("湖南省岳阳县荣家湾派出所");
		assertThat(verification.saveDraft(graduate.account(), form, view.version()).originEvidenceRequired()).isTrue();
		jdbc(a).sql("update account set password_hash = :hash, password_change_required = false where id = :id")
			.param("hash", a.getBean(PasswordEncoder.class).encode(PASSWORD))
			.param("id", graduate.account().id())
			.update();
		return graduate;
	}

	/** A registry file of {@code rows} valid graduates of {@code year} with 学号 of this run only. */
	private static byte[] registryCsv(int year, int rows) {
		var csv = new StringBuilder("考生号,身份证号,姓名,性别代码,民族代码,政治面貌代码,学历代码,专业代码,专业名称,培养方式代码,"
				+ "定向或委培单位,生源所在地代码,学制,入学时间,毕业时间,院系,班级,学号,出生日期\n");
		for (int n = 1; n <= rows; n++) {
			LocalDate birth = LocalDate.of(year - 22, 3, 1).plusDays(n);
			String body = "430602" + birth.toString().replace("-", "") + String.format("%03d", RUN % 500 * 2 + 1);
			String idCard = body + com.gradverify.shared.IdCardNumber.checkCharacter(body);
			csv.append(String.format("2143010%07d,%s,节点学生%d,1,01,03,31,080901,计算机科学与技术,1,,430621,4,%d-09-01,"
					+ "%d-06-30,计算机学院,计科%d,%d%03d%03d,%s\n", RUN * 100 + n, idCard, n, year - 4, year, RUN, year, RUN,
					n, birth));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext node) {
		return node.getBean(JdbcClient.class);
	}

	private static DataSource dataSource(ConfigurableApplicationContext node) {
		return node.getBean(DataSource.class);
	}

	private static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** A browser's view of the cluster: one session cookie, sent to whichever node it talks to. */
	private final class Client {

		private String session;

		HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
			var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path))
				.timeout(Duration.ofSeconds(20));
			if (session != null) {
				builder.header("Cookie", "JSESSIONID=" + session);
			}
			return builder;
		}

		<T> HttpResponse<T> send(ConfigurableApplicationContext node, HttpRequest.Builder request,
				HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
			HttpResponse<T> response = http.send(request.build(), body);
			response.headers().allValues("Set-Cookie").stream()
				.filter(cookie -> cookie.startsWith("JSESSIONID="))
				.findFirst()
				.ifPresent(cookie -> session = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')));
			return response;
		}

		HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
			return send(node, request(node, path).GET(), BodyHandlers.ofString());
		}

		HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form) throws Exception {
			return send(node, request(node, path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(form)), BodyHandlers.ofString());
		}

		JsonNode json(ConfigurableApplicationContext node, String path) throws Exception {
			HttpResponse<String> response = send(node, request(node, path).header("Accept", "application/json").GET(),
					BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return JSON.readTree(response.body());
		}

		void signIn(ConfigurableApplicationContext node, String username, String password) throws Exception {
			String token = csrf(get(node, "/login"));
			HttpResponse<String> signedIn = post(node, "/login",
					"username=" + username + "&password=" + password + "&_csrf=" + token);
			assertThat(signedIn.statusCode()).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		}

		HttpResponse<String> postImport(ConfigurableApplicationContext node, byte[] csv, int year) throws Exception {
			String token = csrf(get(node, "/admin/registry"));
			var form = new Multipart().field("_csrf", token).field("graduationYear", Integer.toString(year))
				.file("file", "registry-" + year + ".csv", "text/csv", csv);
			return send(node, request(node, "/admin/registry/imports").header("Content-Type", form.contentType())
				.POST(BodyPublishers.ofByteArray(form.body())), BodyHandlers.ofString());
		}

		String csrf(HttpResponse<String> page) {
			assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
			Matcher token = CSRF.matcher(page.body());
			assertThat(token.find()).as("a CSRF token on " + page.uri()).isTrue();
			return token.group(1) != null ? token.group(1) : token.group(2);
		}
	}

	/** A multipart/form-data body. */
	private static final class Multipart {

		private final String boundary = "----nodes" + UUID.randomUUID();

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Multipart field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
			return this;
		}

		Multipart file(String name, String fileName, String type, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: " + type + "\r\n\r\n");
			body.writeBytes(content);
			write("\r\n");
			return this;
		}

		String contentType() {
			return "multipart/form-data; boundary=" + boundary;
		}

		byte[] body() {
			write("--" + boundary + "--\r\n");
			return body.toByteArray();
		}

		private void write(String text) {
			body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Leaves out the test class path's {@code @TestConfiguration} classes, as {@code @SpringBootTest} does. */
	static final class TestConfigurationExcludeFilter extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}
	}
}
