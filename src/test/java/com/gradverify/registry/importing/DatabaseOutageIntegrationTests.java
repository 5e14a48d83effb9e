package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.gradverify.shared.DatabaseOutage;
import com.gradverify.support.EmbeddedDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL stopped in the middle of a registry import and started again: requests meanwhile are
 * answered 503 within the pool's connection timeout (the Chinese error page, a problem under the
 * API), and the import ends FAILED with its reason soon after the database is back, so that the
 * administrator can import again. The database is this test's own, on a data directory and port
 * it can restart, with the pool configured as in production ({@code spring.datasource.hikari.*}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gradverify.registry.batch-size=50", "gradverify.registry.heartbeat-interval=1s",
				"gradverify.registry.stale-after=20s" })
@Import(DatabaseOutageIntegrationTests.RestartableDatabase.class)
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageIntegrationTests {

	private static final int YEAR = 2019;

	private static final String PASSWORD = "Outage#Check2027";

	/** Longest a request may take while the database is away: the 3 s connection timeout and some slack. */
	private static final Duration FAIL_FAST = Duration.ofSeconds(8);

	private static final Path DATA = tempDirectory();

	private static final int PORT = freePort();

	private static EmbeddedPostgres postgres = EmbeddedDatabase.persistent(DATA, PORT);

	@LocalServerPort
	int port;

	@Autowired
	RegistryImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@AfterAll
	static void removeDatabase() throws IOException {
		postgres.close();
		FileSystemUtils.deleteRecursively(DATA);
	}

	@Test
	void anImportCutOffFromTheDatabaseEndsFailedOnceItIsBackAndRequestsMeanwhileGet503Quickly() throws Exception {
		jdbc.sql("""
				insert into account (username, display_name, role, password_hash, password_change_required)
				values ('outage_admin', '停机管理员', 'ADMIN', :hash, false)""")
			.param("hash", "{noop}" + PASSWORD)
			.update();
		signIn();
		String token = token();
		UUID id = startLargeImport();
		waitUntil(Duration.ofSeconds(60), () -> imports.status(id).orElseThrow().processed() > 0);
		assertThat(imports.status(id).orElseThrow().running()).isTrue();

		postgres.close();
		try {
			Instant asked = Instant.now();
			HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/admin/registry"))
				.header("Accept", "text/html"));
			assertThat(Duration.between(asked, Instant.now())).isLessThan(FAIL_FAST);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).contains("系统暂时连接不上数据库").doesNotContain("Exception", "SQL");

			asked = Instant.now();
			HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/admin/registry/imports/" + id))
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json"));
			assertThat(Duration.between(asked, Instant.now())).isLessThan(FAIL_FAST);
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(api.headers().firstValue("Retry-After")).isPresent();
			JsonNode problem = json.readTree(api.body());
			assertThat(problem.get("code").asString()).isEqualTo("service.unavailable");
			assertThat(problem.get("detail").asString()).contains("数据库");
		}
		finally {
			postgres = EmbeddedDatabase.persistent(DATA, PORT);
		}

		Instant back = Instant.now();
		waitUntil(Duration.ofSeconds(30), () -> !imports.status(id).orElseThrow().running());
		assertThat(Duration.between(back, Instant.now())).isLessThan(Duration.ofSeconds(30));
		ImportStatus failed = imports.status(id).orElseThrow();
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.failureReason()).contains("数据库连接中断", "重新导入");

		HttpResponse<String> registryPage = send(HttpRequest.newBuilder(uri("/admin/registry/imports/" + id))
			.header("Accept", "text/html"));
		assertThat(registryPage.statusCode()).isEqualTo(200);
		assertThat(registryPage.body()).contains("失败", "数据库连接中断");

		var again = RegistryFiles.csv(List.of(RegistryFiles.row(YEAR, 1), RegistryFiles.row(YEAR, 2)))
			.getBytes(StandardCharsets.UTF_8);
		UUID retry = imports.start("again.csv", again.length, new ByteArrayInputStream(again), YEAR, "outage_admin");
		waitUntil(Duration.ofSeconds(30), () -> !imports.status(retry).orElseThrow().running());
		assertThat(imports.status(retry).orElseThrow().status()).isEqualTo("DONE");
	}

	private UUID startLargeImport() {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int n = 1; n <= 20_000; n++) {
			rows.add(RegistryFiles.row(YEAR, n));
		}
		byte[] csv = RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8);
		return imports.start("outage.csv", csv.length, new ByteArrayInputStream(csv), YEAR, "outage_admin");
	}

	private void signIn() throws Exception {
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")));
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String form = "username=outage_admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));
	}

	private String token() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"outage_admin\",\"password\":\"" + PASSWORD + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		return json.readTree(answer.body()).get("token").asString();
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.timeout(Duration.ofSeconds(40)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static void waitUntil(Duration limit, Check check) throws Exception {
		Instant deadline = Instant.now().plus(limit);
		while (!passesOnceReachable(check)) {
			assertThat(Instant.now()).as("waited %s", limit).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	/** A check that cannot reach the database yet (the pool still reconnecting after the restart) has not passed. */
	private static boolean passesOnceReachable(Check check) throws Exception {
		try {
			return check.passes();
		}
		catch (RuntimeException ex) {
			if (DatabaseOutage.isCause(ex)) {
				return false;
			}
			throw ex;
		}
	}

	@FunctionalInterface
	private interface Check {

		boolean passes() throws Exception;
	}

	private static Path tempDirectory() {
		try {
			return Files.createTempDirectory("gradverify-outage-pg");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** This test's own PostgreSQL, behind a pool configured by the application's properties. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RestartableDatabase {

		@Bean
		@ConfigurationProperties("spring.datasource.hikari")
		DataSource dataSource() {
			var dataSource = new HikariDataSource();
			dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + PORT + "/postgres");
			dataSource.setUsername("postgres");
			dataSource.setMaximumPoolSize(10);
			return dataSource;
		}
	}
}
