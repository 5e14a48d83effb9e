package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.gradverify.browser.StudentJourney.DemoGraduate;
import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 实名认证 form when the session ends under the student: the warning and staying signed in, then
 * a real expiry, a 保存 that leads through the login page back to the form with everything typed,
 * and the tab's storage emptied by saving and by signing out. The session is shortened on the
 * server (Tomcat's own session), so the page learns the short lifetime as it would any other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class SessionExpiryBrowserTest {

	private static final String COLLEGE = "化学化工学院";

	private static final int SESSION_SECONDS = 9;

	private static final String ARCHIVE_UNIT = "湖南省岳阳市第一中学";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void whatWasTypedSurvivesAnEndedSessionAndANewSignInUntilSavedOrSignedOut() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		try (Browser browser = Browser.desktop(port)) {
			StudentJourney.signIn(browser, graduate).bind(graduate.name());
			browser.find(By.id("verification-form"));
			Session session = serverSession(browser);
			session.setMaxInactiveInterval(SESSION_SECONDS);
			browser.go("/verification");

			browser.type(By.id("archiveUnit"), ARCHIVE_UNIT).type(By.id("homePhone"), "0730-8640000");
			new Select(browser.find(By.id("hukouTransferred"))).selectByValue("false");
			assertThat(storedDrafts(browser)).hasSize(1);
			assertThat(storedDraftText(browser)).contains(ARCHIVE_UNIT).doesNotContain(graduate.idCard());

			// left alone, the page warns with the time left; staying signed in keeps the session
			assertThat(browser.text(By.id("session-warning"))).containsPattern("登录将在 00:0\\d 后失效");
			browser.click(By.id("session-stay"));
			browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("session-warning")));
			assertThat(session.isValid()).isTrue();

			// left alone again, the session ends on the server and the page says so
			assertThat(browser.text(By.id("session-ended"))).contains("重新登录");
			browser.waitUntil(d -> !session.isValid());
			browser.type(By.id("postcode"), "414000");
			browser.click(By.id("save-button"));

			// 保存 leads to the login page, not to 您没有权限执行此操作, and back to the form after it
			assertThat(browser.text(By.id("session-ended-notice"))).contains("登录已失效");
			browser.type(By.id("username"), graduate.studentNo())
				.type(By.id("password"), StudentJourney.NEW_PASSWORD)
				.click(By.cssSelector("main form button[type=submit]"));
			browser.waitUntil(ExpectedConditions.urlContains("/verification"));
			assertThat(browser.text(By.id("draft-restored"))).contains("已恢复未保存的内容");
			assertThat(value(browser, "archiveUnit")).isEqualTo(ARCHIVE_UNIT);
			assertThat(value(browser, "homePhone")).isEqualTo("0730-8640000");
			assertThat(value(browser, "postcode")).isEqualTo("414000");
			assertThat(new Select(browser.find(By.id("hukouTransferred"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("false");

			// saved, the values come from the server and the tab keeps nothing
			browser.click(By.id("save-button"));
			assertThat(browser.text(By.cssSelector(".flash.success"))).contains("已保存草稿");
			assertThat(value(browser, "archiveUnit")).isEqualTo(ARCHIVE_UNIT);
			assertThat(browser.driver().findElement(By.id("draft-restored")).isDisplayed()).isFalse();
			assertThat(storedDrafts(browser)).isEmpty();

			// typed and not saved, then signed out: nothing stays behind on a shared computer
			browser.type(By.id("homeAddressDetail"), "南湖大道100号");
			assertThat(storedDrafts(browser)).hasSize(1);
			browser.click(By.cssSelector("form[data-sign-out] button"));
			browser.waitUntil(ExpectedConditions.urlContains("/login?logout"));
			assertThat(storedDrafts(browser)).isEmpty();
		}
	}

	private static String value(Browser browser, String id) {
		return browser.find(By.id(id)).getAttribute("value");
	}

	@SuppressWarnings("unchecked")
	private static List<String> storedDrafts(Browser browser) {
		return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
				"return Object.keys(sessionStorage).filter(function (k) { return k.indexOf('gradverify.draft.') === 0; })");
	}

	private static String storedDraftText(Browser browser) {
		return (String) ((JavascriptExecutor) browser.driver())
			.executeScript("return sessionStorage.getItem('gradverify.draft.verification')");
	}

	/** The browser's session as Tomcat holds it; reading it does not count as a request. */
	private Session serverSession(Browser browser) {
		String id = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
		try {
			return ((Context) tomcat.getHost().findChildren()[0]).getManager().findSession(id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
