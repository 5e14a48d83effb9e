package com.gradverify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.SignedInAccount;
import com.gradverify.browser.StudentJourney.DemoGraduate;
import com.gradverify.reference.ReferenceData;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.EmbeddedDatabaseConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mobile journey in WeChat's in-app browser at 375×667, through the demo's fake WeChat, as the
 * seed's 图11–图17 show it: the menu link, one binding (学历、毕业年份、学号、身份证号 and the default
 * password), the forced password change, the pre-filled 实名认证 form, 申请认证, the 申请成功 page,
 * 申请异动 with the camera, 实名认证结果 and the home page readable on the phone, and a second visit
 * that goes straight to the page. The port is chosen before the context starts,
 * since the demo's public base URL (and so every URL the channel builds) is made from it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(EmbeddedDatabaseConfiguration.class)
@ActiveProfiles({ "test", "demo" })
class WeChatJourneyBrowserTest {

	private static final String NEW_PASSWORD = "Lantern-Quiver-58";

	static final int PORT = freePort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	private static final String COLLEGE = "文学与新闻传播学院";

	private static final String REVIEWER = "lit01";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceData reference;

	@Autowired
	AccountLookup accounts;

	@Autowired
	ReviewService reviews;

	@Test
	void fromTheMenuLinkThroughOneBindingToTheFormToTheSuccessPageAndStraightInNextTime() {
		DemoGraduate graduate = StudentJourney.graduateOf(jdbc, COLLEGE);
		int year = jdbc.sql("select graduation_year from registry_record where student_no = :no")
			.param("no", graduate.studentNo())
			.query(Integer.class)
			.single();
		String defaultPassword = graduate.idCard().substring(12);
		String openid = "o-journey-" + UUID.randomUUID().toString().substring(0, 8);
		try (Browser phone = Browser.wechatPhone(PORT)) {
			phone.go("/wx/entry");
			phone.type(By.id("openid"), openid).click(By.id("demo-wechat-submit"));

			// 图12: 学历、毕业年份、学号、身份证号 (and the account's password)
			phone.find(By.id("wechat-bind-form"));
			assertThat(phone.currentPath()).isEqualTo("/wx/bind");
			new Select(phone.find(By.id("educationCode"))).selectByValue(graduate.educationCode());
			phone.type(By.id("graduationYear"), Integer.toString(year))
				.type(By.id("studentNo"), graduate.studentNo())
				.type(By.id("idCard"), graduate.idCard().toLowerCase())
				.type(By.id("password"), defaultPassword);
			assertFitsTheScreen(phone);
			phone.screenshot("mobile-binding");
			phone.click(By.id("wechat-bind-submit"));

			// the default password proved the account, and is changed before anything else
			phone.find(By.id("newPassword"));
			assertThat(phone.currentPath()).isEqualTo("/account/password");
			phone.type(By.id("currentPassword"), defaultPassword)
				.type(By.id("newPassword"), NEW_PASSWORD)
				.type(By.id("confirmPassword"), NEW_PASSWORD)
				.click(By.cssSelector("form[action='/account/password'] button[type=submit]"));

			// 图13: straight to the form, pre-filled from the registry record: no second, PC-style binding
			phone.find(By.id("verification-form"));
			assertThat(phone.currentPath()).isEqualTo("/verification");
			assertThat(phone.driver().findElements(By.id("binding-form"))).isEmpty();
			assertThat(phone.find(By.id("name")).getAttribute("value")).isEqualTo(graduate.name());
			assertFitsTheScreen(phone);
			// a student scrolls to a field and taps its mark
			((JavascriptExecutor) phone.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
					phone.find(By.cssSelector(".mark")));
			phone.click(By.cssSelector(".mark"));
			assertThat(phone.find(By.cssSelector(".mark")).getAttribute("class")).contains("open");
			phone.screenshot("mobile-form");

			// 联系电话 is asked here; the student believes the registry has their 民族 wrong
			phone.type(By.id("mobile"), "138 1234 5678");
			new Select(phone.find(By.id("ethnicCode"))).selectByValue("03");
			StudentJourney.of(phone, graduate).completeArchiveAndContact(reference);
			assertThat(phone.text(By.id("submit-button"))).isEqualTo("申请认证");
			phone.click(By.id("submit-button"));

			// 图15: 申请成功, what happens next and the status
			phone.find(By.id("verification-success"));
			assertThat(phone.currentPath()).isEqualTo("/verification/submitted");
			assertThat(phone.text(By.tagName("h1"))).isEqualTo("申请成功");
			assertThat(phone.text(By.id("application-status"))).isEqualTo("审核中（待学院审核）");
			assertThat(phone.text(By.id("verification-success"))).contains("学院审核").contains("学校审核")
				.contains("实名认证结果");
			assertFitsTheScreen(phone);
			assertTapTargets(phone, "#verification-success .actions a");
			phone.screenshot("wechat-success");

			// 申请异动 from there, with the camera offered for the evidence (拍照上传)
			phone.click(By.id("success-amendments"));
			phone.click(By.cssSelector("input[name=fields][value=ETHNICITY]")).click(By.id("create-amendment"));
			phone.find(By.cssSelector(".amendment-field[data-field=ETHNICITY]"));
			assertThat(phone.driver()
				.findElement(By.cssSelector(".amendment-field[data-field=ETHNICITY] input[type=file][capture]"))
				.getAttribute("accept")).startsWith("image/");
			assertFitsTheScreen(phone);

			// 实名认证结果 once the college has decided, readable on the phone
			collegeApproves(graduate);
			phone.go("/verification");
			WebElement level = phone.find(By.cssSelector("#verification-results tr.review-result td"));
			assertThat(level.getText()).isEqualTo("学院审核");
			assertThat(lineCount(phone, level)).as("the level on one line, not a character a line").isEqualTo(1);
			assertThat(lineCount(phone, phone.find(By.cssSelector("#verification-results tr.review-result td:nth-child(3)"))))
				.isEqualTo(1);
			assertFitsTheScreen(phone);
			assertTapTargets(phone, "#verification-tabs a, .menu a");

			// the home page at a glance
			phone.go("/home");
			assertThat(phone.text(By.id("home-verification"))).contains("审核中（待学校审核）");
			assertThat(phone.text(By.id("home-amendment"))).contains("草稿");
			assertThat(phone.text(By.id("home-agreement"))).contains("实名认证通过后可办理");
			assertThat(phone.text(By.id("home-next-button"))).contains("继续办理申请异动");
			assertThat(phone.text(By.id("guidance-centre"))).contains("湘江大学学生就业指导中心");
			assertFitsTheScreen(phone);
			assertTapTargets(phone, "#home-next-button, .home-state a, .home-links a");
			phone.screenshot("student-home");

			// next time (the session is gone): WeChat knows the phone, the menu link opens the student's page
			phone.driver().manage().deleteCookieNamed("JSESSIONID");
			phone.go("/wx/entry");
			phone.click(By.id("demo-wechat-continue"));
			phone.find(By.id("verification-form"));
			assertThat(phone.currentPath()).isEqualTo("/verification");
		}
		// the fake WeChat shows a visitor on another device nobody's openid
		try (Browser visitor = Browser.wechatPhone(PORT)) {
			visitor.go("/wx/entry");
			visitor.find(By.id("demo-wechat-new"));
			assertThat(visitor.driver().getPageSource()).doesNotContain(openid)
				.doesNotContain("demo-wechat-continue");
		}
	}

	private void collegeApproves(DemoGraduate graduate) {
		long applicationId = jdbc.sql("""
				select v.id from verification_application v join account a on a.id = v.account_id
				where a.username = :no""")
			.param("no", graduate.studentNo())
			.query(Long.class)
			.single();
		SignedInAccount reviewer = accounts.byUsername(REVIEWER).orElseThrow();
		reviews.decide(reviewer, "VERIFICATION", applicationId, Decision.APPROVE, "信息核对无误", null);
	}

	/** How many line boxes the element's text takes. */
	private static int lineCount(Browser phone, WebElement element) {
		Object lines = ((JavascriptExecutor) phone.driver()).executeScript("""
				var range = document.createRange();
				var text = Array.from(arguments[0].childNodes).find(n => n.nodeType === 3 && n.textContent.trim());
				range.selectNodeContents(text);
				return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;""", element);
		return ((Number) lines).intValue();
	}

	/** Every visible control matched by {@code selector} is at least 44 px high, as a thumb needs. */
	private static void assertTapTargets(Browser phone, String selector) {
		var targets = phone.driver().findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed).toList();
		assertThat(targets).as(selector).isNotEmpty();
		for (WebElement target : targets) {
			assertThat(target.getSize().getHeight()).as("height of " + selector + " '" + target.getText() + "'")
				.isGreaterThanOrEqualTo(44);
		}
	}

	@Test
	void aHostileHostHeaderDoesNotRedirectToThatHost() throws IOException {
		String response = rawGet("/wx/entry", "evil.example");

		assertThat(response).startsWith("HTTP/1.1 302");
		assertThat(response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst())
			.hasValueSatisfying(location -> assertThat(location)
				.contains("http://localhost:" + PORT + "/demo-wechat/connect/oauth2/authorize?")
				.contains("redirect_uri=http%3A%2F%2Flocalhost%3A" + PORT + "%2Fwx%2Fcallback")
				.doesNotContain("evil"));
	}

	/** A request with the Host header of our choosing, which HTTP clients do not let one set. */
	private static String rawGet(String path, String host) throws IOException {
		try (Socket socket = new Socket("localhost", PORT)) {
			Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
			out.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
			out.flush();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			var headers = new StringBuilder();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				headers.append(line).append('\n');
			}
			return headers.toString();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void assertFitsTheScreen(Browser phone) {
		Object overflow = ((JavascriptExecutor) phone.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0);
	}
}
