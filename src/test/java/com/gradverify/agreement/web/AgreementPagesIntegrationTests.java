package com.gradverify.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.agreement.AgreementService;
import com.gradverify.review.ReviewService;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The 协议 page keeps what the graduate typed and shows each problem at its field. */
@IntegrationTest
class AgreementPagesIntegrationTests {

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

	@Test
	void aWrongCreditCodeIsShownAtItsFieldWithEverythingTypedKept() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		var fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
		SignedInAccount graduate = fixtures.verified().account();

		MockHttpServletResponse response = as(mvc, graduate, post("/agreements").param("employerName", "（北京）某某有限公司")
			.param("creditCode", "91350100M000100Y44")
			.param("contactPhone", "12345")
			.param("position", "工程师"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("value=\"（北京）某某有限公司\"")
			.contains("value=\"91350100M000100Y44\"")
			.contains("value=\"工程师\"")
			.contains("统一社会信用代码校验位不正确")
			.contains("请填写手机号码或固定电话");
		assertThat(agreements.applications(graduate)).isEmpty();

		assertThat(as(mvc, graduate, post("/agreements").param("employerName", "（北京）某某有限公司")).getRedirectedUrl())
			.isEqualTo("/agreements");
		long id = agreements.applications(graduate).get(0).id();
		// the full-width brackets of the employer's name stay as typed
		assertThat(agreements.application(graduate, id).form().getEmployerName()).isEqualTo("（北京）某某有限公司");
		MockHttpServletResponse submitted = as(mvc, graduate,
				post("/agreements/" + id).param("action", "submit").param("employerName", "（北京）某某有限公司"));
		assertThat(submitted.getStatus()).isEqualTo(400);
		assertThat(submitted.getContentAsString()).contains("此项为必填项");
		assertThat(as(mvc, graduate, get("/agreements")).getContentAsString()).contains("id=\"agreement-form\"")
			.contains("草稿");
	}

	@Test
	void aStaleWithdrawalComesBackToThePageWithTheReasonAndChangesNothing() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		var fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
		SignedInAccount graduate = fixtures.verified().account();
		as(mvc, graduate, post("/agreements").param("employerName", "某某有限公司"));
		var draft = agreements.applications(graduate).get(0);

		MockHttpServletResponse stale = mvc.perform(post("/agreements/" + draft.id() + "/withdraw")
				.param("version", String.valueOf(draft.version() + 1))
				.with(authentication(SignedInAuthentication.of(graduate)))
				.with(csrf()))
			.andExpect(redirectedUrl("/agreements"))
			.andExpect(flash().attribute("flashError", "该申请已被他人（或在其他页面）更新，请刷新后重试"))
			.andReturn()
			.getResponse();
		assertThat(stale.getStatus()).isEqualTo(302);
		var after = agreements.application(graduate, draft.id());
		assertThat(after.status()).isEqualTo(draft.status());
		assertThat(after.version()).isEqualTo(draft.version());
	}

	private static MockHttpServletResponse as(MockMvc mvc, SignedInAccount account, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(authentication(SignedInAuthentication.of(account))).with(csrf()))
			.andReturn()
			.getResponse();
	}
}
