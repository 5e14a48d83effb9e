package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import com.gradverify.browser.StudentJourney.DemoGraduate;
import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo 届's 采集批次 as a student sees it: 经济管理学院's own, earlier deadline with the time left on
 * the home page and the form, kept current by countdown.js under the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class CollectionCountdownBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStudentSeesTheirCollegesDeadlineCountingDown() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, "经济管理学院");
		String collegeDeadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10) + " 17:00";
		try (Browser browser = Browser.laptop(port)) {
			StudentJourney.signIn(browser, graduate);
			assertThat(browser.text(By.id("collection-deadline"))).contains(collegeDeadline);

			browser.go("/home");
			assertThat(browser.text(By.id("collection-deadline")))
				.isEqualTo("湘江大学2027届毕业生生源信息采集：请在 " + collegeDeadline + " 前提交实名认证");
			assertThat(browser.text(By.id("collection-countdown"))).matches("还剩 (9|10) 天 \\d+ 小时 \\d+ 分");

			// the script counts on: a deadline moved to three days and five minutes from now shows at its next tick
			((JavascriptExecutor) browser.driver()).executeScript("""
					var c = document.getElementById('collection-countdown');
					var skew = Date.now() - parseInt(c.getAttribute('data-now'), 10);
					c.setAttribute('data-deadline', String(Date.now() - skew + (3 * 1440 + 5) * 60000));""");
			browser.waitUntil(driver -> driver.findElement(By.id("collection-countdown")).getText()
				.matches("还剩 3 天 0 小时 [45] 分"));
			assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
		}
	}
}
