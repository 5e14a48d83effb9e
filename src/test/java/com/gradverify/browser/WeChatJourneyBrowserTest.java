package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.gradverify.account.StudentAccounts;
import com.gradverify.support.EmbeddedDatabaseConfiguration;
import com.gradverify.wechat.Graduates;
import com.gradverify.wechat.Graduates.Graduate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mobile journey in WeChat's in-app browser at 375×667, through the demo's fake WeChat: the
 * menu link, binding with the default password, the forced password change, the 实名认证 form, and
 * a second visit that goes straight to the page. The port is chosen before the context starts,
 * since the demo's public base URL (and so every URL the channel builds) is made from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class WeChatJourneyBrowserTest {

	private static final String NEW_PASSWORD = "Lantern-Quiver-58";

	static final int PORT = freePort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StudentAccounts students;

	@Test
	void fromTheMenuLinkThroughBindingToTheFormAndStraightInNextTime() {
		Graduate graduate = new Graduates(jdbc, students).create();
		String openid = "o-journey-" + UUID.randomUUID().toString().substring(0, 8);
		try (Browser phone = Browser.wechatPhone(PORT)) {
			phone.go("/wx/entry");
			phone.type(By.id("openid"), openid).click(By.id("demo-wechat-submit"));

			phone.find(By.id("wechat-bind-form"));
			assertThat(phone.currentPath()).isEqualTo("/wx/bind");
			new Select(phone.find(By.id("educationCode"))).selectByValue(graduate.educationCode());
			phone.type(By.id("graduationYear"), Integer.toString(Graduates.YEAR))
				.type(By.id("studentNo"), graduate.studentNo())
				.type(By.id("idCard"), graduate.idCard().toLowerCase())
				.type(By.id("password"), graduate.defaultPassword());
			assertFitsTheScreen(phone);
			phone.screenshot("mobile-binding");
			phone.click(By.id("wechat-bind-submit"));

			// the default password proved the account, and is changed before anything else
			phone.find(By.id("newPassword"));
			assertThat(phone.currentPath()).isEqualTo("/account/password");
			phone.type(By.id("currentPassword"), graduate.defaultPassword())
				.type(By.id("newPassword"), NEW_PASSWORD)
				.type(By.id("confirmPassword"), NEW_PASSWORD)
				.click(By.cssSelector("form[action='/account/password'] button[type=submit]"));

			// signed in; the 实名认证 module now finds the registry record (its own binding step)
			phone.find(By.id("binding-form"));
			assertThat(phone.currentPath()).isEqualTo("/verification");
			phone.type(By.id("name"), graduate.name())
				.type(By.id("idCard"), graduate.idCard())
				.type(By.id("mobile"), "13812345678");
			new Select(phone.find(By.id("educationCode"))).selectByValue(graduate.educationCode());
			phone.click(By.cssSelector("#binding-form button[value=bind]"));

			phone.find(By.id("verification-form"));
			assertFitsTheScreen(phone);
			// a student scrolls to a field and taps its mark
			((JavascriptExecutor) phone.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
					phone.find(By.cssSelector(".mark")));
			phone.click(By.cssSelector(".mark"));
			assertThat(phone.find(By.cssSelector(".mark")).getAttribute("class")).contains("open");
			phone.screenshot("mobile-form");
			phone.click(By.id("save-button"));
			phone.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.success")));

			// next time (the session is gone): WeChat knows the phone, the menu link opens the student's page
			phone.driver().manage().deleteCookieNamed("JSESSIONID");
			phone.go("/wx/entry");
			phone.click(By.id("demo-wechat-continue"));
			phone.find(By.id("verification-form"));
			assertThat(phone.currentPath()).isEqualTo("/verification");
		}
		// the fake WeChat shows a visitor on another device nobody's openid
		try (Browser visitor = Browser.wechatPhone(PORT)) {
			visitor.go("/wx/entry");
			visitor.find(By.id("demo-wechat-new"));
			assertThat(visitor.driver().getPageSource()).doesNotContain(openid)
				.doesNotContain("demo-wechat-continue");
		}
	}

	@Test
	void aHostileHostHeaderDoesNotRedirectToThatHost() throws IOException {
		String response = rawGet("/wx/entry", "evil.example");

		assertThat(response).startsWith("HTTP/1.1 302");
		assertThat(response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst())
			.hasValueSatisfying(location -> assertThat(location)
				.contains("http://localhost:" + PORT + "/demo-wechat/connect/oauth2/authorize?")
				.contains("redirect_uri=http%3A%2F%2Flocalhost%3A" + PORT + "%2Fwx%2Fcallback")
				.doesNotContain("evil"));
	}

	/** A request with the Host header of our choosing, which HTTP clients do not let one set. */
	private static String rawGet(String path, String host) throws IOException {
		try (Socket socket = new Socket("localhost", PORT)) {
			Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
			out.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
			out.flush();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			var headers = new StringBuilder();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				headers.append(line).append('\n');
			}
			return headers.toString();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void assertFitsTheScreen(Browser phone) {
		Object overflow = ((JavascriptExecutor) phone.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
	}
}
