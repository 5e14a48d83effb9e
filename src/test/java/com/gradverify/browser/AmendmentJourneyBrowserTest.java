package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.gradverify.account.Role;
import com.gradverify.amendment.AmendmentTestData;
import com.gradverify.amendment.AmendmentTestData.Graduate;
import com.gradverify.support.EmbeddedDatabaseConfiguration;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 申请异动 end to end in headless Chromium: a graduate whose 民族 is 不匹配 files a request with a
 * photo, the school approves it, the mark turns to 一致 and the tab shows the request approved.
 * Same context configuration as the other browser tests, so they share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class AmendmentJourneyBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aMismatchIsCorrectedThroughAChangeRequest() throws Exception {
		var data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		Graduate graduate = data.graduateWithEthnicityMismatch();
		String school = data.staff(Role.SCHOOL_REVIEWER, null).username();
		Path photo = photo();

		try (Browser student = signedIn(graduate.account().username())) {
			student.go("/verification");
			assertThat(student.find(By.cssSelector("[data-mark-for=ethnicCode]")).getAttribute("class"))
				.contains("mismatch");
			student.click(By.id("amendments-tab"));
			student.click(By.cssSelector("input[name=fields][value=ETHNICITY]")).click(By.id("create-amendment"));

			// the upload control posts the file with progress and shows the thumbnail in place; 提交 then sends the new version
			student.find(By.cssSelector(".amendment-field[data-field=ETHNICITY]"));
			student.driver()
				.findElement(By.cssSelector(".amendment-field[data-field=ETHNICITY] input[type=file][multiple]"))
				.sendKeys(photo.toString());
			student.find(By.cssSelector(".amendment-field[data-field=ETHNICITY] .evidence-item img"));
			student.screenshot("amendment-draft");

			student.click(By.id("submit-amendment"));
			student.waitUntil(ExpectedConditions.alertIsPresent()).accept();
			assertThat(student.text(By.cssSelector(".flash.success"))).contains("已提交");
			assertThat(student.text(By.cssSelector(".amendment-status"))).isEqualTo("待学校审核");
		}

		try (Browser reviewer = signedIn(school)) {
			// the demo's 届 has open work too: the queue of this test's graduate's 届
			reviewer.go("/amendments?graduationYear=" + graduate.account().graduationYear());
			reviewer.click(By.cssSelector("#amendment-queue tr:last-child a"));
			assertThat(reviewer.text(By.cssSelector(".amendment-fields td.claimed"))).isEqualTo("回族（03）");
			reviewer.screenshot("amendment-review");
			reviewer.click(By.id("approve"));
			assertThat(reviewer.text(By.cssSelector(".flash.success"))).contains("学籍库已更正");
		}

		try (Browser student = signedIn(graduate.account().username())) {
			student.go("/verification");
			assertThat(student.find(By.cssSelector("[data-mark-for=ethnicCode]")).getAttribute("class"))
				.contains("match")
				.doesNotContain("mismatch");
			student.click(By.id("amendments-tab"));
			assertThat(student.text(By.cssSelector(".amendment-status"))).isEqualTo("已通过，学籍库已更正");
			student.screenshot("amendment-approved");
		}
	}

	private Browser signedIn(String username) {
		Browser browser = Browser.desktop(port);
		browser.go("/login")
			.type(By.id("username"), username)
			.type(By.id("password"), AmendmentTestData.PASSWORD)
			.click(By.cssSelector("form button[type=submit]"));
		browser.waitUntil(driver -> !driver.getCurrentUrl().contains("/login"));
		return browser;
	}

	private static Path photo() throws Exception {
		var image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(java.awt.Color.WHITE);
		graphics.fillRect(0, 0, 320, 200);
		graphics.setColor(new java.awt.Color(0x1e5aa8));
		graphics.fillRect(20, 20, 280, 40);
		graphics.dispose();
		Path folder = Files.createTempDirectory("amendment-journey");
		Path file = folder.resolve("户籍证明.png");
		ImageIO.write(image, "png", file.toFile());
		file.toFile().deleteOnExit();
		folder.toFile().deleteOnExit();
		return file;
	}
}
