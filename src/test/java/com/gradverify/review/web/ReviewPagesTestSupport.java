package com.gradverify.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the review pages' tests share: a college with its reviewer, the school's reviewer, graduates
 * to submit, and the pages and API decisions as those reviewers see them.
 */
abstract class ReviewPagesTestSupport {

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

	MockMvc mvc;

	Graduates graduates;

	long college;

	SignedInAccount reviewer;

	SignedInAccount school;

	@BeforeEach
	void setUpReviewers() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
	}

	/** The college reviewer's decision through the API. */
	MockHttpServletRequestBuilder decision(long id, String json) {
		return post("/api/v1/reviews/{id}/decision", id).contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.with(csrf())
			.with(as(reviewer));
	}

	/** The page as {@code account} sees it, which must answer 200. */
	String page(SignedInAccount account, MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(request.with(as(account))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	static RequestPostProcessor as(SignedInAccount account) {
		return authentication(SignedInAuthentication.of(account));
	}
}
