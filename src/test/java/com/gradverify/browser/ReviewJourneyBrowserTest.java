package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.gradverify.browser.StudentJourney.DemoGraduate;
import com.gradverify.reference.ReferenceData;
import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The two-level review end to end with the demo school's accounts: the college rejects with a
 * comment, the student corrects and resubmits, the college and then the school approve, and the
 * graduate is verified with a locked form and 协议申请 open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class ReviewJourneyBrowserTest {

	private static final String COLLEGE = "计算机与信息工程学院";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceData reference;

	@Test
	void rejectedCorrectedAndApprovedAtBothLevels() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		try (Browser browser = Browser.desktop(port)) {
			StudentJourney.signIn(browser, graduate).bind(graduate.name()).completeArchiveAndContact(reference);
			browser.click(By.id("submit-button"));
			assertThat(browser.text(By.id("application-status"))).contains("待学院审核");
			signOut(browser);

			decide(browser, "cs01", "College@2027", graduate, "reject-button", "家庭电话请填写父母的手机号");
			signOut(browser);

			StudentJourney.signInAgain(browser, graduate);
			assertThat(browser.text(By.id("application-status"))).contains("已驳回");
			assertThat(browser.text(By.id("verification-results"))).contains("学院审核").contains("家庭电话请填写父母的手机号");
			browser.type(By.id("homePhone"), "13807301111").click(By.id("submit-button"));
			assertThat(browser.text(By.id("application-status"))).contains("待学院审核");
			signOut(browser);

			decide(browser, "cs01", "College@2027", graduate, "approve-button", null);
			signOut(browser);
			decide(browser, "school", "Shenhe@2027", graduate, "approve-button", null);
			browser.go("/reviews/progress");
			assertThat(browser.text(By.tagName("main"))).contains(COLLEGE);
			browser.screenshot("review-progress");
			signOut(browser);

			StudentJourney.signInAgain(browser, graduate);
			assertThat(browser.text(By.id("application-status"))).isEqualTo("已实名认证");
			assertThat(browser.driver().findElements(By.id("save-button"))).isEmpty();
			assertThat(browser.driver().findElements(By.id("submit-button"))).isEmpty();
			assertThat(browser.text(By.id("verification-results"))).contains("学校审核");
			browser.go("/agreements");
			assertThat(browser.driver().findElements(By.id("verification-required"))).isEmpty();
		}
	}

	/** A reviewer finds the graduate in their queue, opens the application and decides. */
	private static void decide(Browser browser, String username, String password, DemoGraduate graduate,
			String button, String comment) {
		openApplication(browser, username, password, graduate, "cs01".equals(username) && comment != null);
		if (comment != null) {
			browser.screenshot("review-detail");
			browser.type(By.id("comment"), comment);
		}
		browser.click(By.id(button));
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.success")));
	}

	/** A reviewer signs in, finds the graduate in their queue and opens the application's decision form. */
	static void openApplication(Browser browser, String username, String password, DemoGraduate graduate,
			boolean queueScreenshot) {
		browser.go("/login")
			.type(By.id("username"), username)
			.type(By.id("password"), password)
			.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(ExpectedConditions.urlContains("/reviews"));
		browser.go("/reviews?search=" + graduate.studentNo());
		if (queueScreenshot) {
			browser.screenshot("review-queue");
		}
		browser.click(By.cssSelector("#queue tbody tr a"));
		browser.find(By.id("decision-form"));
	}

	static void signOut(Browser browser) {
		browser.click(By.cssSelector("header form.inline button"));
		browser.waitUntil(ExpectedConditions.urlContains("/login"));
	}
}
