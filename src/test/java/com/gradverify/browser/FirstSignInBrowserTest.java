package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A fresh browser (no cookie, no cached favicon) opens a page deep in the application, is sent to
 * the login page, signs in and lands on that page, with the session in a Lax cookie and no inline
 * script or style anywhere; and the Content-Security-Policy really stops an injected script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class FirstSignInBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void aFreshBrowserSignsInAndLandsOnThePageItOpened() {
		try (Browser browser = Browser.desktop(port)) {
			browser.go("/reviews/progress");
			browser.waitUntil(ExpectedConditions.urlContains("/login"));
			assertThat(browser.currentPath()).isEqualTo("/login");
			// what the login page loads (its icon among them) is fetched before the user types
			browser.waitUntil(driver -> "complete".equals(script(browser, "return document.readyState")));

			browser.type(By.id("username"), "school")
				.type(By.id("password"), "Shenhe@2027")
				.click(By.cssSelector("main form button[type=submit]"));
			browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

			assertThat(browser.currentPath()).startsWith("/reviews/progress");
			// the heading names the 届 it shows
			assertThat(browser.text(By.tagName("h1"))).startsWith("实名认证进度");
			Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
			assertThat(session.getSameSite()).isEqualTo("Lax");
			assertThat(session.isHttpOnly()).isTrue();
			assertThat(browser.driver().getPageSource()).doesNotContainIgnoringCase("jsessionid");

			// the bars' lengths come from data-percent through app.js, as no inline style may
			List<WebElement> bars = browser.driver().findElements(By.cssSelector(".bar-stack > span[data-percent]"));
			assertThat(bars).isNotEmpty().allSatisfy(bar -> assertThat(bar.getDomAttribute("style"))
				.isEqualTo("width: " + bar.getDomAttribute("data-percent") + "%;"));
		}
	}

	@Test
	void anInjectedInlineScriptDoesNotRunAndIsReported() {
		try (Browser browser = Browser.desktop(port)) {
			browser.go("/login").find(By.id("username"));
			script(browser, """
					var script = document.createElement('script');
					script.textContent = 'window.injected = true';
					document.head.appendChild(script);""");

			assertThat(script(browser, "return window.injected === true")).isEqualTo(false);
			assertThat(browser.contentSecurityPolicyViolations()).singleElement()
				.asString()
				.contains("script-src 'self'");
		}
	}

	@Test
	void swaggerUiWorksUnderItsPolicy() {
		try (Browser browser = Browser.desktop(port)) {
			browser.go("/swagger-ui.html");
			assertThat(browser.text(By.cssSelector(".swagger-ui .info .title"))).contains("GradVerify API");
			assertThat(browser.find(By.cssSelector(".opblock-summary-path")).getText()).startsWith("/api/v1/");
		}
	}

	private static Object script(Browser browser, String script) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script);
	}
}
