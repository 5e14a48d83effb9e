package com.gradverify.browser;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.gradverify.reference.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a demo graduate does in the browser: sign in, change the default password, bind, and fill
 * in what the registry does not know. Each test takes its own graduate from the demo school.
 */
final class StudentJourney {

	static final String NEW_PASSWORD = "Graduate2027ok";

	private static final AtomicInteger TAKEN = new AtomicInteger();

	private final Browser browser;

	private final DemoGraduate graduate;

	private StudentJourney(Browser browser, DemoGraduate graduate) {
		this.browser = browser;
		this.graduate = graduate;
	}

	/**
	 * A demo graduate of {@code college} whose registry record has every key field but the
	 * 定向或委培单位, nobody has used yet.
	 */
	static DemoGraduate graduateOf(JdbcClient jdbc, String college) {
		List<DemoGraduate> candidates = jdbc.sql("""
				select r.student_no, r.id_card, r.name, r.education_code, r.origin_place_code, r.ethnic_code
				from registry_record r join account a on a.username = r.student_no
				where r.college_name = :college and r.examinee_no is not null and r.ethnic_code = '01'
				  and r.origin_place_code like '43%' and r.schooling_length is not null and r.political_code is not null
				  and r.training_mode_code = '1' and a.password_hash is null
				  and not exists (select 1 from verification_application v where v.account_id = a.id)
				order by r.id limit 50""")
			.param("college", college)
			.query((rs, n) -> new DemoGraduate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
		return candidates.get(TAKEN.getAndIncrement() % candidates.size());
	}

	/** The journey of a graduate already signed in some other way (WeChat). */
	static StudentJourney of(Browser browser, DemoGraduate graduate) {
		return new StudentJourney(browser, graduate);
	}

	static StudentJourney signIn(Browser browser, DemoGraduate graduate) {
		browser.go("/login")
			.type(By.id("username"), graduate.studentNo())
			.type(By.id("password"), graduate.idCard().substring(12))
			.click(By.cssSelector("main form button[type=submit]"));
		// the default password must go before anything else
		browser.waitUntil(ExpectedConditions.urlContains("/account/password"));
		browser.type(By.id("currentPassword"), graduate.idCard().substring(12))
			.type(By.id("newPassword"), NEW_PASSWORD)
			.type(By.id("confirmPassword"), NEW_PASSWORD)
			.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(StudentJourney::signedIn);
		browser.go("/verification");
		return new StudentJourney(browser, graduate);
	}

	/** Past the login and password pages: a PC lands on 首页, WeChat on the form. */
	private static boolean signedIn(WebDriver driver) {
		String url = driver.getCurrentUrl();
		return !url.contains("/login") && !url.contains("/account/password");
	}

	/** Signs in again later with the password chosen at first login. */
	static StudentJourney signInAgain(Browser browser, DemoGraduate graduate) {
		browser.go("/login")
			.type(By.id("username"), graduate.studentNo())
			.type(By.id("password"), NEW_PASSWORD)
			.click(By.cssSelector("main form button[type=submit]"));
		browser.waitUntil(StudentJourney::signedIn);
		browser.go("/verification");
		return new StudentJourney(browser, graduate);
	}

	StudentJourney bind(String name) {
		browser.find(By.id("binding-form"));
		browser.type(By.id("name"), name);
		new Select(browser.find(By.id("educationCode"))).selectByValue(graduate.educationCode());
		browser.type(By.id("mobile"), "13907301234").click(By.cssSelector("button[value=bind]"));
		return this;
	}

	/** 档案信息 and 联系方式, which the registry never holds. */
	StudentJourney completeArchiveAndContact(ReferenceData reference) {
		String origin = reference.originPlaceName(graduate.originPlaceCode()).orElseThrow();
		browser.type(By.id("archiveUnit"), "湖南省岳阳市第一中学")
			.type(By.id("policeStation"), origin + "人民路派出所");
		new Select(browser.find(By.id("hukouTransferred"))).selectByValue("false");
		new Select(browser.find(By.id("archiveTransferred"))).selectByValue("true");
		browser.type(By.id("homePhone"), "0730-8640000");
		chooseHomeDivision("43", "4306", "430602");
		browser.type(By.id("homeAddressDetail"), "南湖大道100号")
			.type(By.id("postcode"), "414000")
			.type(By.id("email"), graduate.studentNo() + "@example.com");
		return this;
	}

	private void chooseHomeDivision(String... codes) {
		chooseDivision("homeDivisionCode", codes);
	}

	/** Picks a division level by level in the cascade that writes {@code field}: province, city, county…. */
	StudentJourney chooseDivision(String field, String... codes) {
		for (int level = 1; level <= codes.length; level++) {
			By select = By.cssSelector("#verification-form .cascade:has(#" + field + ") select[data-level='" + level + "']");
			String code = codes[level - 1];
			browser.waitUntil(d -> {
				List<WebElement> found = d.findElements(select);
				return !found.isEmpty()
						&& !found.get(0).findElements(By.cssSelector("option[value='" + code + "']")).isEmpty();
			});
			new Select(browser.find(select)).selectByValue(code);
		}
		return this;
	}

	DemoGraduate graduate() {
		return graduate;
	}

	/** A graduate of the demo school as the registry holds them. */
	record DemoGraduate(String studentNo, String idCard, String name, String educationCode, String originPlaceCode) {
	}
}
