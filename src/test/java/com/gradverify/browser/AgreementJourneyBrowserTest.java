package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.gradverify.account.SignedInAccount;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.review.ReviewService;
import com.gradverify.support.EmbeddedDatabaseConfiguration;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole 协议/违约 journey in a browser: a verified graduate files an agreement with its scan, the
 * college and the school approve it, the graduate files a breach with the 解约函, both levels
 * approve it, and the graduate opens a new agreement; an unverified graduate is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
// the same configuration as the other browser tests, so they share one application context
@ActiveProfiles({ "test", "demo" })
class AgreementJourneyBrowserTest {

	private static final String PASSWORD = "Journey-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ReviewService reviews;

	@Test
	void agreementApprovedBreachApprovedThenANewAgreement() throws Exception {
		var fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
		Graduate graduate = fixtures.verified();
		Path scan = Files.createTempFile("agreement-scan", ".png");
		Files.write(scan, AgreementFixtures.scanBytes());

		try (Browser browser = Browser.desktop(port)) {
			signIn(browser, graduate.account());
			browser.go("/agreements");
			fillAgreement(browser, "福建某某科技有限公司");
			browser.click(By.id("save-button"));
			browser.find(By.cssSelector(".flash.success"));
			// uploaded in place: what is typed next and the submission go with the application's new version
			browser.type(By.id("position"), "软件工程师（未保存）");
			browser.driver().findElement(By.cssSelector("#agreement-scan input[type=file][multiple]"))
				.sendKeys(scan.toString());
			browser.waitUntil(d -> d.findElement(By.cssSelector("#agreement-scan [data-evidence-status]")).getText()
				.contains("上传成功"));
			browser.find(By.cssSelector("#agreement-scan .evidence-item"));
			assertThat(browser.find(By.id("position")).getAttribute("value")).isEqualTo("软件工程师（未保存）");
			browser.click(By.id("submit-button"));
			assertThat(browser.text(By.id("agreement-status"))).isEqualTo("待学院审核");
			signOut(browser);

			approve(browser, fixtures.collegeReviewer, "AGREEMENT");
			approve(browser, fixtures.schoolReviewer, "AGREEMENT");

			signIn(browser, graduate.account());
			browser.go("/agreements");
			assertThat(browser.text(By.id("agreement-status"))).isEqualTo("已通过");
			browser.click(By.id("file-breach"));
			browser.type(By.cssSelector(".breach-form textarea[name=reason]"), "考取研究生，经单位同意解除协议");
			browser.click(By.id("breach-create"));
			browser.find(By.cssSelector(".flash.success"));
			browser.find(By.cssSelector(".letter-file")).sendKeys(scan.toString());
			browser.click(By.cssSelector(".letter-upload"));
			browser.find(By.cssSelector(".breach .evidence-item"));
			browser.click(By.id("breach-submit"));
			browser.find(By.cssSelector(".flash.success"));
			signOut(browser);

			approve(browser, fixtures.collegeReviewer, "BREACH");
			approve(browser, fixtures.schoolReviewer, "BREACH");

			signIn(browser, graduate.account());
			browser.go("/breaches");
			assertThat(browser.text(By.cssSelector(".breach"))).contains("违约申请已通过");
			browser.go("/agreements");
			assertThat(browser.text(By.id("agreement-history"))).contains("福建某某科技有限公司").contains("已解约");
			fillAgreement(browser, "湖南某某研究院");
			browser.click(By.id("save-button"));
			browser.find(By.cssSelector(".flash.success"));
			assertThat(browser.text(By.id("active-agreement"))).contains("湖南某某研究院").contains("草稿");
			browser.screenshot("agreement-new-after-breach");
			signOut(browser);

			Graduate unverified = fixtures.graduates.graduate(fixtures.college);
			fixtures.graduates.submitted(unverified);
			signIn(browser, unverified.account());
			browser.go("/agreements");
			assertThat(browser.text(By.id("verification-required"))).contains("请先完成实名认证");
			assertThat(browser.driver().findElements(By.id("agreement-form"))).isEmpty();
			browser.screenshot("agreement-unverified");
		}
		finally {
			Files.deleteIfExists(scan);
		}
	}

	private void fillAgreement(Browser browser, String employer) {
		browser.type(By.id("employerName"), employer)
			.type(By.id("creditCode"), "91350100m000100y43")
			.type(By.id("employerDivisionCode"), "430602")
			.type(By.id("contactPerson"), "王经理")
			.type(By.id("contactPhone"), "0591-87654321")
			.type(By.id("position"), "软件工程师")
			.type(By.id("agreementNo"), "XY-" + employer.length());
		new Select(browser.find(By.id("employerNatureCode"))).selectByValue("39");
		new Select(browser.find(By.id("industryCode"))).selectByValue("I");
		new Select(browser.find(By.id("destinationCode"))).selectByValue("10");
		// a date input takes the digits in the browser's locale order; set it the way a picker would
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('signedOn').value = '2026-03-01'");
	}

	private void approve(Browser browser, SignedInAccount reviewer, String kind) {
		signIn(browser, reviewer);
		// the demo's 届 has open work too: the queue of this test's graduates' 届
		browser.go("/reviews?kind=" + kind + "&graduationYear=" + com.gradverify.support.Graduates.YEAR);
		browser.click(By.cssSelector("#queue a[href^='/reviews/" + kind + "/']"));
		browser.click(By.id("approve-button"));
		browser.find(By.cssSelector(".flash.success"));
		signOut(browser);
	}

	private void signIn(Browser browser, SignedInAccount account) {
		jdbc.sql("update account set password_hash = :hash, password_change_required = false where id = :id")
			.param("hash", "{noop}" + PASSWORD)
			.param("id", account.id())
			.update();
		browser.go("/login");
		browser.type(By.id("username"), account.username()).type(By.id("password"), PASSWORD);
		browser.click(By.cssSelector("form[action='/login'] button[type=submit]"));
		browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void signOut(Browser browser) {
		browser.driver().manage().deleteAllCookies();
	}
}
