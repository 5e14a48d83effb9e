package com.gradverify.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.agreement.AgreementService;
import com.gradverify.amendment.AmendmentService;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The student's home page (seed 图2): each procedure's state, the next thing to do as the journey
 * moves on, the 就业指导中心 contact, and the help page.
 */
@IntegrationTest
class StudentHomeIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ReviewService reviews;

	@Autowired
	AgreementService agreements;

	@Autowired
	AmendmentService amendments;

	MockMvc mvc;

	AgreementFixtures fixtures;

	Graduates graduates;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
		graduates = fixtures.graduates;
	}

	@Test
	void aNewGraduateIsToldToBindAndThatAgreementsWaitForTheVerification() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);

		String page = home(graduate.account());

		assertThat(state(page, "verification")).contains("实名认证").contains("待绑定学籍");
		assertThat(state(page, "amendment")).contains("申请异动").contains("无");
		assertThat(state(page, "agreement")).contains("实名认证通过后可办理");
		assertThat(state(page, "breach")).contains("实名认证通过后可办理");
		assertThat(nextButton(page)).contains("href=\"/verification\"").contains("绑定学籍，开始实名认证");
	}

	@Test
	void theNextStepFollowsTheJourneyFromMismatchToReviewToRejection() throws Exception {
		Graduate withMismatch = graduates.graduate(fixtures.college);
		graduates.submittedWithMismatch(withMismatch);
		String page = home(withMismatch.account());
		assertThat(state(page, "verification")).contains("审核中（待学院审核）");
		assertThat(nextButton(page)).contains("href=\"/verification/amendments\"").contains("申请异动");
		amendments.create(withMismatch.account(), List.of(KeyField.ETHNICITY));
		page = home(withMismatch.account());
		assertThat(state(page, "amendment")).contains("草稿");
		assertThat(nextButton(page)).contains("href=\"/verification/amendments\"").contains("继续办理申请异动");

		Graduate clean = graduates.graduate(fixtures.college);
		long id = graduates.submitted(clean).applicationId();
		assertThat(nextButton(home(clean.account()))).contains("href=\"/verification#verification-results\"")
			.contains("查看审核进度");

		reviews.decide(fixtures.collegeReviewer, "VERIFICATION", id, Decision.REJECT, "家庭电话请填写父母的手机号", null);
		page = home(clean.account());
		assertThat(state(page, "verification")).contains("已驳回").contains("danger");
		assertThat(nextButton(page)).contains("href=\"/verification\"").contains("查看驳回原因");
	}

	@Test
	void aVerifiedGraduateIsSentToTheAgreementAndSeesItsState() throws Exception {
		Graduate graduate = fixtures.verified();
		String page = home(graduate.account());
		assertThat(state(page, "verification")).contains("已实名认证").contains("badge ok");
		assertThat(state(page, "agreement")).contains("尚未填写");
		assertThat(state(page, "breach")).contains("无");
		assertThat(nextButton(page)).contains("href=\"/agreements\"").contains("填写协议申请");

		agreements.create(graduate.account(), AgreementFixtures.completeForm());
		page = home(graduate.account());
		assertThat(state(page, "agreement")).contains("草稿");
		assertThat(nextButton(page)).contains("继续办理协议申请");
	}

	@Test
	void withoutAConfiguredGuidanceCentreThePagesSayWhomToAsk() throws Exception {
		String page = home(graduates.graduate(fixtures.college).account());
		assertThat(page).contains("id=\"guidance-centre\"").contains("学校就业指导中心")
			.contains("如有疑问，请联系所在学院的毕业生工作老师");
	}

	@Test
	void theDemoProfileNamesTheSchoolsGuidanceCentre() throws IOException {
		Properties demo = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application-demo.properties")) {
			// as Spring Boot reads it: ISO-8859-1, so non-Latin values must be unicode escapes
			demo.load(in);
		}
		Map<String, Object> values = new HashMap<>();
		demo.forEach((key, value) -> values.put((String) key, value));

		GuidanceCentre centre = new Binder(new MapConfigurationPropertySource(values))
			.bind("gradverify.school.guidance-centre", GuidanceCentre.class)
			.get();

		assertThat(centre.configured()).isTrue();
		assertThat(centre.name()).isEqualTo("湘江大学学生就业指导中心");
		assertThat(centre.phone()).isEqualTo("0731-58290000");
		assertThat(centre.email()).contains("@");
		assertThat(centre.address()).contains("行政楼");
		assertThat(centre.hours()).contains("工作日");
		assertThat(new GuidanceCentre(null, " ", null, null, null).configured()).isFalse();
	}

	@Test
	void theHelpPageHasTheGuidesStepsAndIsLinkedFromHome() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);
		assertThat(home(graduate.account())).contains("href=\"/home/help\"");

		MockHttpServletResponse help = as(graduate.account(), get("/home/help"));

		assertThat(help.getStatus()).isEqualTo(200);
		String page = help.getContentAsString();
		for (int step = 1; step <= 8; step++) {
			assertThat(page).contains("id=\"help-step-" + step + "\"");
		}
		assertThat(page).contains("绑定学籍").contains("申请实名认证").contains("申请异动").contains("学院审核和学校审核")
			.contains("协议申请").contains("违约申请").contains("个人中心 → 我的毕业手续 → 毕业去向信息采集")
			.doesNotContain("home.help");
	}

	@Test
	void aStudentSignedInOnThePcLandsOnTheHomePageAndInWeChatOnTheForm() throws Exception {
		SignedInAccount student = graduates.graduate(fixtures.college).account();
		assertThat(as(student, get("/")).getRedirectedUrl()).isEqualTo("/home");
		assertThat(as(student, get("/").header("User-Agent", "Mozilla/5.0 (iPhone) MicroMessenger/8.0.50"))
			.getRedirectedUrl()).isEqualTo("/verification");
	}

	@Test
	void staffHaveNoStudentHomePage() throws Exception {
		assertThat(as(graduates.reviewer(Role.COLLEGE_REVIEWER, fixtures.college), get("/home")).getStatus())
			.isEqualTo(403);
	}

	private String home(SignedInAccount student) throws Exception {
		MockHttpServletResponse response = as(student, get("/home"));
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	/** The list item of one procedure on the home page. */
	private static String state(String page, String name) {
		int start = page.indexOf("id=\"home-" + name + "\"");
		assertThat(start).as("state of " + name).isPositive();
		return page.substring(start, page.indexOf("</li>", start));
	}

	private static String nextButton(String page) {
		int start = page.indexOf("id=\"home-next-button\"");
		assertThat(start).isPositive();
		return page.substring(page.lastIndexOf("<a", start), page.indexOf("</a>", start));
	}

	private MockHttpServletResponse as(SignedInAccount account, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(SignedInAuthentication.of(account)))).andReturn().getResponse();
	}
}
