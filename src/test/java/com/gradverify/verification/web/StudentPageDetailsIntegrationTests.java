package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.registry.RegistryRecordCorrected;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Small things a graduate met on the walk through the guide (issue 12 point 11): messages with
 * their numbers, histories without message keys, confirmations before steps that cannot be undone,
 * pages that say what to do instead of failing, and good news that does not look like an error.
 */
@IntegrationTest
class StudentPageDetailsIntegrationTests {

	private static final String WECHAT = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) MicroMessenger/8.0.50";

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
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MessageSource messages;

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
	void anOversizeCertificateIsRefusedWithTheLimitWritten() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);
		binding.bind(graduate.account(), Graduates.bindingRequest(graduate));
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];

		MvcResult result = mvc.perform(multipart("/verification/origin-evidence")
			.file(new MockMultipartFile("file", "hukou.png", "image/png", tooLarge))
			.with(authentication(SignedInAuthentication.of(graduate.account())))
			.with(csrf())).andReturn();

		String error = (String) result.getModelAndView().getModel().get("flashError");
		assertThat(error).contains("不能超过 10 MB").doesNotContain("{0}");
		assertThat(verification.view(graduate.account()).originEvidenceId()).isNull();
	}

	@Test
	void theReviewersHistoryNamesTheCertificateUploadInWords() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);
		binding.bind(graduate.account(), Graduates.bindingRequest(graduate));
		as(graduate.account(), multipart("/verification/origin-evidence")
			.file(new MockMultipartFile("file", "hukou.png", "image/png", AgreementFixtures.scanBytes())));
		long id = graduates.submitted(graduate).applicationId();

		String detail = as(fixtures.collegeReviewer, get("/reviews/VERIFICATION/{id}", id)).getContentAsString();

		assertThat(detail).contains("id=\"review-history\"").contains("上传户籍证明").contains("提交申请")
			.doesNotContain("verification.originEvidence");
	}

	@Test
	void withdrawingAndBatchApprovalAskFirst() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);
		graduates.submitted(graduate);

		String form = as(graduate.account(), get("/verification")).getContentAsString();
		assertThat(button(form, "withdraw-button")).contains("data-confirm=\"撤回后申请回到草稿");

		String queue = as(fixtures.collegeReviewer, get("/reviews").param("kind", "VERIFICATION")).getContentAsString();
		assertThat(button(queue, "batch-approve")).contains("data-confirm=\"确定通过所有勾选的申请吗");
	}

	@Test
	void aVerifiedGraduateIsNotOfferedTheBindingForm() throws Exception {
		Graduate graduate = fixtures.verified();

		MvcResult result = mvc.perform(get("/verification/binding")
			.with(authentication(SignedInAuthentication.of(graduate.account())))).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/verification");
		assertThat(result.getFlashMap().get("flashInfo")).asString().contains("无需再绑定学籍");
		String page = as(graduate.account(), get("/verification")).getContentAsString();
		assertThat(page).doesNotContain("id=\"binding-form\"").doesNotContain("href=\"/verification/binding\"");
	}

	@Test
	void anUnverifiedGraduateOpeningANewAgreementReadsTheGate() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);

		for (String path : new String[] { "/agreements/new", "/breaches/new" }) {
			MockHttpServletResponse response = as(graduate.account(), get(path));
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getContentAsString()).as(path).contains("id=\"verification-required\"")
				.contains("实名认证通过").doesNotContain("系统暂时无法处理");
		}
		// verified, the same link opens the page with the new agreement's form
		Graduate verified = fixtures.verified();
		MockHttpServletResponse page = as(verified.account(), get("/agreements/new"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("id=\"agreement-form\"");
	}

	@Test
	void theWeChatAccountTakenMessageNamesALinkTheHomePageHas() throws Exception {
		String taken = messages.getMessage("wechat.bind.accountTaken", null, java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(taken).contains("首页 → 常用功能 → 微信绑定");

		String home = as(graduates.graduate(fixtures.college).account(), get("/home")).getContentAsString();
		assertThat(home).contains("常用功能");
		assertThat(home).containsPattern("href=\"/account/wechat\"[^>]*>微信绑定</a>");
	}

	@Test
	void aCorrectedRegistryIsToldAsNewsNotAsAnError() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);
		graduates.submitted(graduate);
		long recordId = graduates.recordId(graduate);
		transactions.executeWithoutResult(tx -> events.publishEvent(new RegistryRecordCorrected(recordId, 0)));

		String page = as(graduate.account(), get("/verification")).getContentAsString();

		assertThat(page).contains("class=\"flash info\" id=\"registry-changed\"").contains("学籍库数据在您提交后已被更正");
		assertThat(page).doesNotContainPattern("class=\"alert-error\"[^>]*>学籍库数据");
	}

	@Test
	void inWeChatTheButtonReadsApplyAndASubmissionEndsOnTheSuccessPage() throws Exception {
		Graduate graduate = graduates.graduate(fixtures.college);
		binding.bind(graduate.account(), Graduates.bindingRequest(graduate));
		String draft = as(graduate.account(), get("/verification").header("User-Agent", WECHAT)).getContentAsString();
		assertThat(button(draft, "submit-button")).contains(">申请认证<");
		assertThat(button(as(graduate.account(), get("/verification")).getContentAsString(), "submit-button"))
			.contains(">申请实名认证<");
		// 联系电话 is the student's own field on the form now
		assertThat(draft).containsPattern("type=\"tel\"[^>]*id=\"mobile\"|id=\"mobile\"[^>]*type=\"tel\"");

		// before submission there is nothing to report
		assertThat(as(graduate.account(), get("/verification/submitted")).getRedirectedUrl()).isEqualTo("/verification");
		graduates.submitted(graduate);
		MockHttpServletResponse success = as(graduate.account(), get("/verification/submitted").header("User-Agent", WECHAT));

		assertThat(success.getStatus()).isEqualTo(200);
		assertThat(success.getContentAsString()).contains("申请成功").contains("id=\"application-status\"")
			.contains("审核中（待学院审核）").contains("学院审核").contains("学校审核").contains("实名认证结果")
			.contains("href=\"/verification#verification-results\"");
	}

	private MockHttpServletResponse as(SignedInAccount account, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(authentication(SignedInAuthentication.of(account))).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private static String button(String page, String id) {
		int at = page.indexOf("id=\"" + id + "\"");
		assertThat(at).as(id).isPositive();
		return page.substring(page.lastIndexOf("<button", at), page.indexOf("</button>", at) + 1);
	}
}
