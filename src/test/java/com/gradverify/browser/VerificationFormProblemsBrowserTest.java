package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import com.gradverify.browser.StudentJourney.DemoGraduate;
import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 实名认证 form's rules as a student on deadline day meets them, on a 1366×768 PC and a 375×667
 * phone in WeChat: 保存 keeps a malformed value and shows it again with its message; one 申请实名认证
 * shows every problem at its field with a summary that links to each (the phone scrolls to the
 * first); the 生源地 picker stops at county level and names the choice live; the 不匹配 count follows
 * edits; a mark's tip covers no other field's value.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class VerificationFormProblemsBrowserTest {

	private static final String COLLEGE = "文学与新闻传播学院";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onAPc() {
		try (Browser browser = Browser.window(port, 1366, 768)) {
			walk(browser, "");
		}
	}

	@Test
	void onAPhoneInWeChat() {
		try (Browser browser = Browser.wechatPhone(port)) {
			walk(browser, "-mobile");
		}
	}

	private void walk(Browser browser, String suffix) {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		StudentJourney.signIn(browser, graduate).bind(graduate.name());
		browser.find(By.id("verification-form"));

		// a 非定向 graduate whose record has no 定向或委培单位: 不适用, and nothing is 未比对
		assertThat(browser.text(By.cssSelector("[data-mark-for=sponsorUnit]"))).isEqualTo("不适用");
		assertThat(browser.text(By.id("comparison-summary"))).contains("0 项不匹配，0 项未比对");

		// the 不匹配 count follows what is typed, before anything is saved
		new Select(browser.find(By.id("ethnicCode"))).selectByValue("15");
		assertThat(browser.text(By.id("comparison-summary"))).contains("1 项不匹配");
		new Select(browser.find(By.id("trainingModeCode"))).selectByValue("2");
		assertThat(browser.text(By.cssSelector("[data-mark-for=sponsorUnit]"))).isEqualTo("未比对");
		assertThat(browser.text(By.id("comparison-summary"))).contains("1 项未比对");
		new Select(browser.find(By.id("trainingModeCode"))).selectByValue("1");
		assertThat(browser.text(By.cssSelector("[data-mark-for=sponsorUnit]"))).isEqualTo("不适用");

		// the registry's value opens in the page's flow, over no other field's value
		WebElement mark = browser.find(By.cssSelector("[data-mark-for=ethnicCode]"));
		js(browser, "arguments[0].scrollIntoView({block: 'center'})", mark);
		if (suffix.isEmpty()) {
			new Actions(browser.driver()).moveToElement(mark).perform();
		}
		else {
			mark.click();
		}
		WebElement tip = browser.find(By.id("tip-ethnicCode"));
		assertThat(tip.getText()).contains("汉族（01）");
		assertThat(overlappedControls(browser, "tip-ethnicCode")).isEmpty();
		if (!suffix.isEmpty()) {
			mark.click();
		}

		// the 生源地 picker: a municipality's district is the last level, a city without counties selectable
		chooseOrigin(browser, "11", "110105");
		assertNoThirdOriginLevel(browser);
		browser.waitUntil(d -> textIs(d, "origin-place-name", "北京市朝阳区"));
		assertThat(browser.text(By.id("police-station-hint"))).contains("如：北京市朝阳区东风路派出所");
		chooseOrigin(browser, "44", "441900");
		assertNoThirdOriginLevel(browser);
		browser.waitUntil(d -> textIs(d, "origin-place-name", "广东省东莞市"));
		chooseOrigin(browser, "62", "620200");
		assertNoThirdOriginLevel(browser);
		browser.waitUntil(d -> textIs(d, "origin-place-name", "甘肃省嘉峪关市"));
		chooseOrigin(browser, "43", "4304", "430405");
		browser.waitUntil(d -> textIs(d, "origin-place-name", "湖南省衡阳市珠晖区"));
		assertThat(browser.text(By.id("police-station-hint"))).contains("如：湖南省衡阳市珠晖区东风路派出所");

		// 保存 with malformed values: kept as typed, shown again with their messages
		browser.type(By.id("postcode"), "4140").type(By.id("schoolingLength"), "四年").type(By.id("email"), "zhangsan@")
			.type(By.id("homePhone"), "(0730)864 0000");
		browser.click(By.id("save-button"));
		assertThat(browser.text(By.cssSelector(".flash.success"))).contains("已保存草稿").contains("3 项尚未填写正确");
		assertThat(browser.find(By.id("postcode")).getAttribute("value")).isEqualTo("4140");
		assertThat(browser.find(By.id("schoolingLength")).getAttribute("value")).isEqualTo("四年");
		assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("zhangsan@");
		assertThat(browser.find(By.id("homePhone")).getAttribute("value")).isEqualTo("0730-8640000");
		assertThat(browser.text(By.cssSelector("#field-postcode .field-error"))).isEqualTo("邮编应为 6 位数字");
		assertThat(browser.text(By.cssSelector("#field-schoolingLength .field-error"))).contains("学制请填写年数");
		assertThat(browser.text(By.id("origin-place-name"))).isEqualTo("湖南省衡阳市珠晖区");
		assertThat(summaryLinks(browser)).containsExactly("#field-schoolingLength", "#field-postcode", "#field-email");
		browser.screenshot("form-draft-malformed" + suffix);

		// 申请实名认证: every problem in one answer, each at its field and linked from the summary
		browser.type(By.id("policeStation"), "湖南省岳阳市派出所").type(By.id("homePhone"), "139 0730 1234");
		browser.click(By.id("submit-button"));
		List<String> links = summaryLinks(browser);
		assertThat(links).contains("#field-schoolingLength", "#field-postcode", "#field-email", "#field-policeStation",
				"#field-homePhone", "#field-archiveUnit", "#field-hukouTransferred", "#field-homeDivisionCode");
		assertThat(browser.text(By.cssSelector("#field-policeStation .field-error")))
			.contains("湖南省衡阳市珠晖区").contains("开头");
		assertThat(browser.text(By.cssSelector("#field-homePhone .field-error"))).contains("不能与联系电话相同");
		assertThat(browser.driver().findElements(By.cssSelector(".field.has-error"))).hasSizeGreaterThanOrEqualTo(links.size() - 1);
		if (!suffix.isEmpty()) {
			// on the phone the first field in error is where the page stands
			Object top = js(browser, "return document.querySelector('.field.has-error').getBoundingClientRect().top");
			assertThat(((Number) top).doubleValue()).isBetween(-1.0, 200.0);
		}
		// a summary link leads to its field
		WebElement link = browser.find(By.cssSelector("#error-summary a[href='#field-homePhone']"));
		js(browser, "arguments[0].scrollIntoView({block: 'center'})", link);
		link.click();
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("homePhone");
		js(browser, "window.scrollTo(0, 0)");
		browser.screenshot("form-all-problems" + suffix);
	}

	private static void chooseOrigin(Browser browser, String... codes) {
		for (int level = 1; level <= codes.length; level++) {
			By select = By.cssSelector("#verification-form .cascade:has(#originPlaceCode) select[data-step='" + level + "']");
			String code = codes[level - 1];
			browser.waitUntil(d -> !d.findElements(select).isEmpty()
					&& !d.findElements(select).get(0).findElements(By.cssSelector("option[value='" + code + "']")).isEmpty());
			new Select(browser.find(select)).selectByValue(code);
		}
	}

	private static void assertNoThirdOriginLevel(Browser browser) {
		// the next level would have arrived with the name: once the name is there, nothing more comes
		browser.waitUntil(d -> !d.findElement(By.id("origin-place-name")).getText().isEmpty());
		By third = By.cssSelector("#verification-form .cascade:has(#originPlaceCode) select[data-step='3']");
		By second = By.cssSelector("#verification-form .cascade:has(#originPlaceCode) select[data-step='2']");
		List<WebElement> thirds = browser.driver().findElements(third);
		String chosen = new Select(browser.find(second)).getFirstSelectedOption().getAttribute("value");
		assertThat(thirds).as("a level below " + chosen).isEmpty();
	}

	private static boolean textIs(org.openqa.selenium.WebDriver driver, String id, String text) {
		return text.equals(driver.findElement(By.id(id)).getText());
	}

	private static List<String> summaryLinks(Browser browser) {
		browser.find(By.id("error-summary"));
		return browser.driver().findElements(By.cssSelector("#error-summary a")).stream()
			.map(a -> a.getDomAttribute("href"))
			.toList();
	}

	/** The ids of other fields' controls the element's box overlaps. */
	@SuppressWarnings("unchecked")
	private static List<String> overlappedControls(Browser browser, String id) {
		return (List<String>) js(browser, """
				var tip = document.getElementById(arguments[0]).getBoundingClientRect();
				var own = document.getElementById(arguments[0]).closest('.field');
				return Array.from(document.querySelectorAll('.field input:not([type=hidden]), .field select'))
				  .filter(function (c) { return c.closest('.field') !== own; })
				  .filter(function (c) {
				    var r = c.getBoundingClientRect();
				    return r.width > 0 && tip.left < r.right && r.left < tip.right && tip.top < r.bottom && r.top < tip.bottom;
				  })
				  .map(function (c) { return c.id || c.getAttribute('aria-label'); });""", id);
	}

	private static Object js(Browser browser, String script, Object... args) {
		return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
	}
}
