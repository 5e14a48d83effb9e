package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.gradverify.browser.StudentJourney.DemoGraduate;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.reference.ReferenceData;
import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 户籍证明 upload on the 实名认证 form, on a laptop and in WeChat on a phone: typing not yet
 * saved survives an upload (no reload), the browser refuses an oversize file with the limit before
 * sending it, and a file is removed in place. Then the 生源信息确认表 of a submitted form, printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class EvidenceUploadBrowserTest {

	private static final String COLLEGE = "化学化工学院";

	private static final By STATUS = By.cssSelector("#origin-evidence [data-evidence-status]");

	private static final By THUMBNAIL = By.cssSelector("#origin-evidence [data-evidence-id]");

	private static final By CHOOSE = By.cssSelector("#origin-evidence input[type=file][multiple]");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceData reference;

	@Autowired
	EvidenceFiles evidence;

	@Test
	void anUploadThatKeepsUnsavedTypingOnALaptop() throws IOException {
		try (Browser browser = Browser.laptop(port)) {
			uploadKeepsTyping(browser, "upload-keeps-typing");
		}
	}

	@Test
	void anUploadThatKeepsUnsavedTypingOnAPhone() throws IOException {
		try (Browser browser = Browser.wechatPhone(port)) {
			uploadKeepsTyping(browser, null);
		}
	}

	@Test
	void theSubmittedFormPrintsAsOneSheetToSign() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		try (Browser browser = Browser.laptop(port)) {
			StudentJourney.signIn(browser, graduate).bind(graduate.name()).completeArchiveAndContact(reference);
			browser.click(By.id("submit-button"));
			assertThat(browser.text(By.id("application-status"))).contains("审核中");

			browser.click(By.id("print-link"));
			assertThat(browser.currentPath()).isEqualTo("/verification/print");
			assertThat(browser.text(By.cssSelector("#confirmation-sheet h1"))).isEqualTo("生源信息确认表");
			assertThat(browser.text(By.id("print-identity"))).contains(graduate.name()).contains(graduate.idCard());
			assertThat(browser.text(By.id("print-archive"))).contains("湖南省岳阳市第一中学");
			assertThat(browser.text(By.id("print-contact"))).contains("0730-8640000");
			assertThat(browser.text(By.id("print-signature"))).contains("本人签名").contains("日期");

			// on paper: no navigation, no buttons, the sheet alone (the window about as wide as A4)
			browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(820, 768));
			browser.emulateMedia("print");
			assertThat(browser.driver().findElement(By.cssSelector("header.topbar")).isDisplayed()).isFalse();
			assertThat(browser.driver().findElement(By.id("print-button")).isDisplayed()).isFalse();
			assertThat(browser.driver().findElement(By.id("print-signature")).isDisplayed()).isTrue();
			browser.screenshot("print-view");
			browser.emulateMedia(null);
			assertThat(browser.driver().findElement(By.id("print-button")).isDisplayed()).isTrue();
		}
	}

	private void uploadKeepsTyping(Browser browser, String screenshot) throws IOException {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		StudentJourney student = StudentJourney.signIn(browser, graduate).bind(graduate.name());
		// a 生源地 other than the registry's asks for a 户籍证明
		String county = graduate.originPlaceCode().equals("430621") ? "430602" : "430621";
		student.chooseDivision("originPlaceCode", "43", "4306", county);
		browser.click(By.id("save-button"));
		assertThat(browser.text(By.cssSelector(".flash.success"))).contains("已保存草稿");
		browser.find(By.id("origin-evidence"));

		// typed, not saved
		browser.type(By.id("archiveUnit"), "湖南省岳阳市第十五中学");
		browser.type(By.id("email"), "not-saved-yet@example.com");
		WebDriver driver = browser.driver();
		((JavascriptExecutor) driver).executeScript("window.gradverifyTestMarker = 'same page';");

		// too big: refused by the browser itself, with the limit
		Path big = Files.createTempFile("too-big", ".jpg");
		try (var file = new RandomAccessFile(big.toFile(), "rw")) {
			file.setLength(evidence.maxSizeBytes() + 1);
		}
		try {
			driver.findElement(CHOOSE).sendKeys(big.toAbsolutePath().toString());
			browser.waitUntil(d -> d.findElement(STATUS).getText().contains(evidence.maxSizeMegabytes() + " MB"));
			assertThat(driver.findElement(STATUS).getText()).contains("不能超过");
			assertThat(driver.findElements(THUMBNAIL)).isEmpty();
		}
		finally {
			Files.deleteIfExists(big);
		}

		driver.findElement(CHOOSE).sendKeys(Path.of("src/test/resources/evidence/photo-exif-gps.jpg").toAbsolutePath()
			.toString());
		browser.waitUntil(d -> d.findElement(STATUS).getText().contains("上传成功"));
		assertThat(driver.findElements(THUMBNAIL)).hasSize(1);
		assertThat(browser.find(By.cssSelector("#origin-evidence [data-evidence-id] img")).getAttribute("src"))
			.contains("/evidence/");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.gradverifyTestMarker;"))
			.isEqualTo("same page");
		assertThat(browser.find(By.id("archiveUnit")).getAttribute("value")).isEqualTo("湖南省岳阳市第十五中学");
		assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("not-saved-yet@example.com");
		if (screenshot != null) {
			((JavascriptExecutor) driver).executeScript("document.getElementById('origin-evidence').scrollIntoView();");
			browser.screenshot(screenshot);
		}

		// removed in place, typing still there
		browser.click(By.cssSelector("#origin-evidence [data-evidence-remove]"));
		browser.waitUntil(d -> d.findElements(THUMBNAIL).isEmpty());
		assertThat(browser.text(STATUS)).contains("已删除");
		assertThat(browser.find(By.id("archiveUnit")).getAttribute("value")).isEqualTo("湖南省岳阳市第十五中学");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.gradverifyTestMarker;"))
			.isEqualTo("same page");

		// 保存 after both, without a reload in between: what was typed is kept, nothing attached
		browser.click(By.id("save-button"));
		assertThat(browser.text(By.cssSelector(".flash.success"))).contains("已保存草稿");
		assertThat(browser.find(By.id("archiveUnit")).getAttribute("value")).isEqualTo("湖南省岳阳市第十五中学");
		assertThat(browser.driver().findElements(THUMBNAIL)).isEmpty();
	}
}
