package com.gradverify.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** 协议申请 and 违约申请 tell an unverified graduate to finish 实名认证, and a verified one they are eligible. */
@IntegrationTest
class EligibilityPagesIntegrationTests {

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

	@Test
	void theEntriesOpenOnlyAfterFinalApproval() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		Graduate graduate = graduates.graduate(college);

		for (String url : new String[] { "/agreements", "/breaches" }) {
			String html = page(mvc, graduate.account(), url);
			assertThat(html).contains("id=\"verification-required\"").contains("href=\"/verification\"")
				.doesNotContain("id=\"eligible\"");
		}

		long id = graduates.submitted(graduate).applicationId();
		reviews.decide(graduates.reviewer(Role.COLLEGE_REVIEWER, college), "VERIFICATION", id, Decision.APPROVE, null,
				null);
		reviews.decide(graduates.reviewer(Role.SCHOOL_REVIEWER, null), "VERIFICATION", id, Decision.APPROVE, null,
				null);

		assertThat(page(mvc, graduate.account(), "/agreements")).contains("id=\"eligible\"")
			.contains("具备办理协议申请的资格")
			.doesNotContain("id=\"verification-required\"");
		assertThat(page(mvc, graduate.account(), "/breaches")).contains("具备办理违约申请的资格");
		SignedInAccount reviewer = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		assertThat(mvc.perform(get("/agreements").with(authentication(SignedInAuthentication.of(reviewer))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private static String page(MockMvc mvc, SignedInAccount account, String url) throws Exception {
		var response = mvc.perform(get(url).with(authentication(SignedInAuthentication.of(account))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}
}
