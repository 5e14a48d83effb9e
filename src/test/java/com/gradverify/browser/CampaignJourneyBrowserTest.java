package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.gradverify.browser.StudentJourney.DemoGraduate;
import com.gradverify.reference.ReferenceData;
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
 * A 采集批次 from its opening to the office's reminder, as the people involved see it: the school opens
 * a campaign for the 2026届 of 化学化工学院 (a 届 of its own beside the demo school's 2027, so no other
 * journey's notices or queues change); a student sees the deadline counting down and a notice in the
 * bell, submits, is rejected by the college and finds the rejection in the bell; the office follows
 * the dashboard's 从未登录 number to its chase list and reminds those students, and sees the delivery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class CampaignJourneyBrowserTest {

	private static final int YEAR = 2026;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String REASON = "请补全家庭住址的门牌号";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ReferenceData reference;

	@Test
	void theSchoolOpensACampaignAStudentIsToldAndTheOfficeChasesTheRest() {
		Graduates graduates = new Graduates(jdbc, binding, verification).inYear(YEAR);
		long chemistry = jdbc.sql("select id from college where name = '化学化工学院'").query(Long.class).single();
		Graduate journeying = graduates.graduate(chemistry);
		List<Graduate> notStarted = List.of(graduates.graduate(chemistry), graduates.graduate(chemistry));
		DemoGraduate student = new DemoGraduate(journeying.account().username(), journeying.idCard(),
				journeying.name(), "31", "430602");
		LocalDate today = LocalDate.now(CHINA);
		String closes = today.plusDays(14) + "T17:00";

		try (Browser browser = Browser.laptop(port)) {
			signIn(browser, "school", "Shenhe@2027", "/reviews");
			browser.go("/admin/campaigns/new");
			browser.type(By.id("graduationYear"), Integer.toString(YEAR)).type(By.id("name"), "2026届补录生源信息采集");
			dateTime(browser, "opensAt", today + "T00:00");
			dateTime(browser, "closesAt", closes);
			browser.click(By.id("campaign-save"));
			browser.waitUntil(ExpectedConditions.urlToBe("http://localhost:" + port + "/admin/campaigns"));
			assertThat(browser.text(By.id("campaigns"))).contains("2026届补录生源信息采集", today.plusDays(14) + " 17:00");
			ReviewJourneyBrowserTest.signOut(browser);

			// opened now: the student's pages count down to the closing, and the bell has the announcement
			StudentJourney journey = StudentJourney.signIn(browser, student);
			browser.go("/home");
			assertThat(browser.text(By.id("collection-deadline"))).contains(today.plusDays(14) + " 17:00");
			assertThat(browser.text(By.id("collection-countdown"))).matches("还剩 1[34] 天 \\d+ 小时 \\d+ 分");
			assertThat(browser.text(By.id("notification-bell-count"))).isEqualTo("1");
			browser.go("/verification");
			journey.bind(student.name()).completeArchiveAndContact(reference);
			browser.click(By.id("submit-button"));
			assertThat(browser.text(By.id("application-status"))).contains("待学院审核");
			ReviewJourneyBrowserTest.signOut(browser);

			signIn(browser, "chem01", "College@2027", "/reviews");
			browser.go("/reviews?graduationYear=" + YEAR + "&search=" + student.studentNo());
			browser.click(By.cssSelector("#queue tbody tr a"));
			browser.type(By.id("comment"), REASON).click(By.id("reject-button"));
			browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.success")));
			ReviewJourneyBrowserTest.signOut(browser);

			StudentJourney.signInAgain(browser, student);
			assertThat(browser.text(By.id("notification-bell-count"))).isEqualTo("2");
			browser.click(By.id("notification-bell"));
			assertThat(browser.text(By.id("notification-centre"))).contains("实名认证被驳回", "生源信息采集已开始",
					"未读 2 条");
			ReviewJourneyBrowserTest.signOut(browser);

			// the office: from the dashboard's 从未登录 number to the list, and a reminder to each of them
			signIn(browser, "school", "Shenhe@2027", "/reviews");
			browser.go("/reviews/progress?graduationYear=" + YEAR);
			browser.click(By.cssSelector("a[href*='collegeId=" + chemistry + "'][href*='state=NEVER_SIGNED_IN']"));
			assertThat(browser.text(By.id("chase-total"))).contains("2");
			assertThat(browser.text(By.id("chase-table"))).contains(notStarted.get(0).name(), notStarted.get(1).name())
				.doesNotContain(student.name());
			browser.click(By.id("chase-remind"));
			assertThat(browser.text(By.id("remind-count"))).contains("2");
			browser.click(By.id("remind-send"));
			browser.click(By.cssSelector("#chase-delivery a"));
			assertThat(browser.text(By.id("reminder-progress"))).contains("2");
			assertThat(jdbc.sql("""
					select count(*) from notification where event_key like 'reminder:%' and account_id in (:ids)""")
				.param("ids", notStarted.stream().map(g -> g.account().id()).toList())
				.query(Integer.class)
				.single()).isEqualTo(2);
			assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		}
	}

	private static void signIn(Browser browser, String username, String password, String landing) {
		browser.go("/login")
			.type(By.id("username"), username)
			.type(By.id("password"), password)
			.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(ExpectedConditions.urlContains(landing));
	}

	/** Chromium's datetime-local input takes no typed ISO text: the value is set as a script would. */
	private static void dateTime(Browser browser, String id, String value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
				browser.find(By.id(id)), value);
	}
}
