package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The mobile journey in WeChat's in-app browser at 375×667, through the demo's fake WeChat: the
 * menu link, binding, the 实名认证 form, and a second visit that goes straight to the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class WeChatJourneyBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StudentAccounts students;

	@Test
	void fromTheMenuLinkThroughBindingToTheFormAndStraightInNextTime() {
		Graduate graduate = new Graduates(jdbc, students).create();
		String openid = "o-journey-" + UUID.randomUUID().toString().substring(0, 8);
		try (Browser phone = Browser.wechatPhone(port)) {
			phone.go("/wx/entry");
			phone.type(By.id("openid"), openid).click(By.id("demo-wechat-submit"));

			phone.find(By.id("wechat-bind-form"));
			assertThat(phone.currentPath()).isEqualTo("/wx/bind");
			new Select(phone.find(By.id("educationCode"))).selectByValue(graduate.educationCode());
			phone.type(By.id("graduationYear"), Integer.toString(Graduates.YEAR))
				.type(By.id("studentNo"), graduate.studentNo())
				.type(By.id("idCard"), graduate.idCard().toLowerCase());
			assertFitsTheScreen(phone);
			phone.screenshot("mobile-binding");
			phone.click(By.id("wechat-bind-submit"));

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

			// next time: WeChat knows the phone, the menu link opens the student's page
			phone.driver().manage().deleteAllCookies();
			phone.go("/wx/entry");
			phone.click(By.xpath("//form[input[@name='openid' and @value='" + openid + "']]/button"));
			phone.find(By.id("verification-form"));
			assertThat(phone.currentPath()).isEqualTo("/verification");
		}
	}

	private static void assertFitsTheScreen(Browser phone) {
		Object overflow = ((JavascriptExecutor) phone.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
	}
}
