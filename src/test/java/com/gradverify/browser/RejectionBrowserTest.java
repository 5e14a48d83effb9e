package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
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
 * A rejection with highlighted fields, on a 1366×768 screen: the college rejects pointing at two
 * fields; the student finds the reason at the top of the form, the two fields highlighted and
 * linked from it, and after resubmitting neither the banner nor the highlights remain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class RejectionBrowserTest {

	private static final String REASON = "家庭电话请填写父母的手机号，派出所请写全称";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceData reference;

	@Test
	void aRejectionWithHighlightedFields() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, "计算机与信息工程学院");
		try (Browser browser = Browser.laptop(port)) {
			StudentJourney.signIn(browser, graduate).bind(graduate.name()).completeArchiveAndContact(reference);
			browser.click(By.id("submit-button"));
			assertThat(browser.text(By.id("application-status"))).contains("待学院审核");
			ReviewJourneyBrowserTest.signOut(browser);

			ReviewJourneyBrowserTest.openApplication(browser, "cs01", "College@2027", graduate, false);
			browser.type(By.id("comment"), REASON);
			browser.click(By.cssSelector("#pointed-fields input[value=policeStation]"));
			browser.click(By.cssSelector("#pointed-fields input[value=homePhone]"));
			browser.click(By.id("reject-button"));
			browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash.success")));
			ReviewJourneyBrowserTest.signOut(browser);

			StudentJourney.signInAgain(browser, graduate);
			// the bell counts the decision beside the demo campaign's opening on every page; the notification
			// centre says what each was, newest first
			assertThat(browser.text(By.id("notification-bell-count"))).isEqualTo("2");
			browser.click(By.id("notification-bell"));
			assertThat(browser.text(By.id("notification-centre"))).contains("实名认证被驳回", "生源信息采集已开始",
					"未读 2 条");
			browser.screenshot("notification-centre");
			browser.click(By.cssSelector("#notification-centre .notice button"));
			assertThat(browser.currentPath()).isEqualTo("/verification");
			assertThat(browser.text(By.id("notification-bell-count"))).isEqualTo("1");
			WebElement banner = browser.find(By.id("rejection-banner"));
			// at the top: above the status and the form, visible without scrolling
			assertThat(banner.getLocation().getY()).isLessThan(browser.find(By.id("application-status")).getLocation().getY())
				.isLessThan(768);
			assertThat(banner.getText()).contains("已被驳回", "学院审核", "学院审核员", REASON, "入学前户口所在地派出所",
					"家庭电话");
			List<WebElement> flagged = browser.driver().findElements(By.cssSelector("#verification-form .field.flagged"));
			assertThat(flagged).hasSize(2);
			assertThat(flagged).allSatisfy(field -> assertThat(field.getText()).contains("审核员指出此项需修改"));
			assertThat(flagged.get(0).findElements(By.id("policeStation"))).hasSize(1);
			assertThat(flagged.get(1).findElements(By.id("homePhone"))).hasSize(1);

			browser.click(By.cssSelector("#rejection-fields a[href='#flag-homePhone']"));
			browser.waitUntil(d -> d.getCurrentUrl().endsWith("#flag-homePhone"));
			browser.screenshot("rejection-highlighted");

			// the same on the phone, in WeChat's browser: the banner first, within the screen, links easy to tap
			try (Browser phone = Browser.wechatPhone(port)) {
				StudentJourney.signInAgain(phone, graduate);
				// the bell fits the phone's top bar
				WebElement bell = phone.find(By.id("notification-bell"));
				assertThat(bell.getLocation().getX() + bell.getSize().getWidth()).isLessThanOrEqualTo(375);
				WebElement onPhone = phone.find(By.id("rejection-banner"));
				assertThat(onPhone.getLocation().getY())
					.isLessThan(phone.find(By.id("application-status")).getLocation().getY());
				assertThat(onPhone.getLocation().getX() + onPhone.getSize().getWidth()).isLessThanOrEqualTo(375);
				assertThat(onPhone.getText()).contains(REASON);
				assertThat(phone.driver().findElements(By.cssSelector("#rejection-fields a")))
					.hasSize(2)
					.allSatisfy(link -> assertThat(link.getSize().getHeight()).isGreaterThanOrEqualTo(44));
				assertThat(phone.driver().findElements(By.cssSelector("#verification-form .field.flagged"))).hasSize(2);
			}

			browser.type(By.id("homePhone"), "13807301111").click(By.id("submit-button"));
			assertThat(browser.text(By.id("application-status"))).contains("待学院审核");
			assertThat(browser.driver().findElements(By.id("rejection-banner"))).isEmpty();
			assertThat(browser.driver().findElements(By.cssSelector(".field.flagged"))).isEmpty();
			assertThat(browser.text(By.id("verification-results"))).contains(REASON);
		}
	}
}
