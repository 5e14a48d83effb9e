package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;

import org.junit.jupiter.api.Test;

import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie as the servlet container writes it, which MockMvc does not show: so a
 * running server, behind a TLS-terminating proxy as production is ({@code X-Forwarded-Proto},
 * trusted with {@code server.forward-headers-strategy=native}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles("test")
class SessionCookieIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ServletContext servletContext;

	@Test
	void theSessionTravelsInALaxHttpOnlyCookieAndNeverInAUrl() throws Exception {
		assertThat(servletContext.getEffectiveSessionTrackingModes()).containsExactly(SessionTrackingMode.COOKIE);
		HttpResponse<String> redirect = open("/verification", null);

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login").doesNotContainIgnoringCase("jsessionid"));
		String cookie = redirect.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("JSESSIONID=").contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
		assertThat(redirect.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> login = open("/login", null);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("action=\"/login\"").doesNotContainIgnoringCase("jsessionid");
	}

	@Test
	void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> redirect = open("/verification", "https");

		assertThat(redirect.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				cookie -> assertThat(cookie).contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("https://"));
		assertThat(redirect.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
	}

	private HttpResponse<String> open(String path, String forwardedProto) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
