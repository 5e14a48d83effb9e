package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
 * 实名认证 on the PC, in headless Chromium against the demo school: first login, binding, a 不匹配
 * mark showing the registry's value, a saved draft and a submission; and a binding with wrong data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class VerificationJourneyBrowserTest {

	private static final String COLLEGE = "经济管理学院";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceData reference;

	@Test
	void aGraduateBindsSeesAMismatchSavesAndSubmits() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		try (Browser browser = Browser.desktop(port)) {
			StudentJourney student = StudentJourney.signIn(browser, graduate);
			assertThat(browser.find(By.id("idCard")).getAttribute("value")).isEqualTo(graduate.idCard());
			browser.screenshot("binding");

			student.bind(graduate.name());
			assertThat(browser.text(By.cssSelector(".flash.success"))).contains("绑定成功");
			assertThat(browser.text(By.cssSelector("[data-mark-for=ethnicCode]"))).isEqualTo("一致");

			// the student says 土家族 where the registry says 汉族: marked at once, before saving
			new Select(browser.find(By.id("ethnicCode"))).selectByValue("15");
			WebElement mark = browser.find(By.cssSelector("[data-mark-for=ethnicCode]"));
			assertThat(mark.getText()).isEqualTo("不匹配");
			assertThat(mark.getAttribute("data-tip")).contains("汉族（01）");

			browser.click(By.id("save-button"));
			assertThat(browser.text(By.cssSelector(".flash.success"))).contains("已保存草稿");
			mark = browser.find(By.cssSelector("[data-mark-for=ethnicCode]"));
			assertThat(mark.getText()).isEqualTo("不匹配");
			assertThat(new Select(browser.find(By.id("ethnicCode"))).getFirstSelectedOption().getAttribute("value"))
				.isEqualTo("15");
			new Actions(browser.driver()).moveToElement(mark).perform();
			browser.screenshot("verification-form");

			// submitting an incomplete form keeps what was typed and says what is missing
			browser.type(By.id("policeStation"), "湖南省岳阳市公安局");
			browser.click(By.id("submit-button"));
			assertThat(browser.text(By.cssSelector("#policeStation ~ .field-error"))).contains("公安局不可");
			assertThat(browser.find(By.id("policeStation")).getAttribute("value")).isEqualTo("湖南省岳阳市公安局");

			student.completeArchiveAndContact(reference);
			browser.click(By.id("submit-button"));
			assertThat(browser.text(By.id("application-status"))).contains("审核中");
			assertThat(browser.driver().findElements(By.id("save-button"))).isEmpty();
			assertThat(browser.find(By.id("name")).getAttribute("readonly")).isNotNull();
		}
	}

	@Test
	void wrongBindingDataShowsTheRedHintAndKeepsWhatWasTyped() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		try (Browser browser = Browser.desktop(port)) {
			StudentJourney.signIn(browser, graduate).bind("不是本人");

			WebElement hint = browser.find(By.id("binding-no-match"));
			assertThat(hint.getText()).contains("未在省级学籍库中找到").contains("联系学校就业指导中心");
			assertThat(hint.getCssValue("color")).isEqualTo("rgba(192, 57, 43, 1)");
			assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("不是本人");
			assertThat(browser.driver().findElements(By.cssSelector("button[value=manual]"))).hasSize(1);
			browser.screenshot("binding-no-match");

			// corrected, the same page binds
			browser.type(By.id("name"), graduate.name()).click(By.cssSelector("button[value=bind]"));
			browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("verification-form")));
		}
	}
}
