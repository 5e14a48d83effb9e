package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.gradverify.account.Role;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.review.ReviewState;
import com.gradverify.support.EmbeddedDatabaseConfiguration;
import com.gradverify.support.Graduates;
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
 * The school reviewer's tools on a college's applications: the queue ordered by name, the detail page's
 * decision bar in view with the history folded away, the next item without the queue and straight after a
 * decision, and the rest selected at once and sent back to the college with one comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class ReviewerToolsBrowserTest {

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
	void theSchoolWorksThroughACollegesApplicationsWithoutGoingBackToTheQueue() {
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		var collegeReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		List<Graduate> four = List.of(graduates.graduate(college), graduates.graduate(college),
				graduates.graduate(college), graduates.graduate(college));
		four.forEach(g -> reviews.decide(collegeReviewer, "VERIFICATION", graduates.submitted(g).applicationId(),
				Decision.APPROVE, null, null));
		List<Graduate> byNameDescending = four.stream().sorted(Comparator.comparing(Graduate::name).reversed()).toList();

		try (Browser browser = Browser.desktop(port)) {
			browser.go("/login")
				.type(By.id("username"), "school")
				.type(By.id("password"), "Shenhe@2027")
				.click(By.cssSelector("main form button[type=submit]"));
			browser.waitUntil(ExpectedConditions.urlContains("/reviews"));
			browser.go("/reviews?graduationYear=" + Graduates.YEAR + "&collegeId=" + college);
			browser.click(By.cssSelector("a.sort[href*=\"sort=NAME\"]"));
			// once in that order, the header offers the other way round
			browser.click(By.cssSelector("th[aria-sort=ascending] a.sort[href*=\"sort=NAME\"]"));
			browser.find(By.cssSelector("th[aria-sort=descending]"));
			assertThat(names(browser)).containsExactlyElementsOf(byNameDescending.stream().map(Graduate::name).toList());
			browser.screenshot("review-queue-tools");

			browser.click(By.cssSelector("#queue tbody tr a"));
			browser.find(By.id("decision-form"));
			assertThat(browser.text(By.tagName("main"))).contains(byNameDescending.get(0).name());
			assertThat(((JavascriptExecutor) browser.driver())
				.executeScript("return getComputedStyle(document.getElementById('decision')).position")).isEqualTo("sticky");
			assertThat(browser.driver().findElement(By.id("review-history")).getAttribute("open")).isNull();
			assertThat(browser.driver().findElements(By.id("previous-item"))).isEmpty();

			browser.click(By.id("next-item"));
			browser.find(By.id("previous-item"));
			assertThat(browser.text(By.tagName("main"))).contains(byNameDescending.get(1).name());
			browser.click(By.id("approve-button"));
			// decided, and on to the next in the same order
			browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.success")));
			assertThat(browser.text(By.tagName("main"))).contains("已通过该申请").contains(byNameDescending.get(2).name());

			browser.click(By.id("back-to-queue"));
			assertThat(names(browser)).hasSize(3);
			browser.click(By.id("select-all"));
			assertThat(browser.driver().findElements(By.cssSelector("#queue input[name=ids]:checked"))).hasSize(3);
			browser.type(By.id("batch-comment"), "请学院核对生源地");
			browser.click(By.id("batch-return"));
			browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
			assertThat(browser.text(By.cssSelector(".flash.success"))).contains("已退回学院 3 份申请");
		}
		assertThat(four.stream().map(g -> verification.view(g.account()).status()))
			.containsOnly(ReviewState.SUBMITTED, ReviewState.APPROVED)
			.filteredOn(ReviewState.APPROVED::equals)
			.hasSize(1);
	}

	private static List<String> names(Browser browser) {
		browser.find(By.id("queue"));
		return browser.driver()
			.findElements(By.cssSelector("#queue tbody tr td:nth-child(4)"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}
}
