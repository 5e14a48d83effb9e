package com.gradverify.verification.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The printable 生源信息确认表: the student's own once submitted, and the reviewers' of their scope. */
@IntegrationTest
class ConfirmationSheetIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	Graduates graduates;

	long college;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
	}

	@Test
	void theSubmittedFormPrintsWithItsFourSectionsAndASignatureLine() throws Exception {
		Graduate graduate = graduates.graduate(college);
		VerificationView submitted = graduates.submitted(graduate);

		mvc.perform(get("/verification").with(as(graduate.account())))
			.andExpect(content().string(containsString("href=\"/verification/print\"")));
		mvc.perform(get("/verification/print").with(as(graduate.account())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("生源信息确认表"), containsString(graduate.name()),
					containsString(graduate.account().username()), containsString("id=\"print-identity\""),
					containsString("id=\"print-enrolment\""), containsString("id=\"print-archive\""),
					containsString("id=\"print-contact\""), containsString(submitted.form().getArchiveUnit()),
					containsString("本人签名"), containsString("日期"), containsString("/js/print.js"))));
	}

	@Test
	void aDraftHasNoSheetYet() throws Exception {
		Graduate graduate = graduates.graduate(college);
		binding.bind(graduate.account(), Graduates.bindingRequest(graduate));
		mvc.perform(get("/verification").with(as(graduate.account())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/verification/print"))));
		mvc.perform(get("/verification/print").with(as(graduate.account())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/verification"));
	}

	@Test
	void reviewersPrintTheApplicationsTheyMayOpenOnly() throws Exception {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		SignedInAccount own = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		SignedInAccount other = graduates.reviewer(Role.COLLEGE_REVIEWER, graduates.college());
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);

		mvc.perform(get("/reviews/VERIFICATION/" + id).with(as(own)))
			.andExpect(content().string(containsString("/reviews/verification/" + id + "/print")));
		mvc.perform(get("/reviews/verification/" + id + "/print").with(as(own)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("生源信息确认表"), containsString(graduate.name()))));
		mvc.perform(get("/reviews/verification/" + id + "/print").with(as(school))).andExpect(status().isOk());
		mvc.perform(get("/reviews/verification/" + id + "/print").with(as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/reviews/verification/" + id + "/print").with(as(graduate.account())))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStylesheetPrintsOneA4SheetWithoutNavigationOrButtons() throws Exception {
		mvc.perform(get("/css/app.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("@media print"), containsString("size: A4"),
					containsString(".topbar, .footer, .flash, .notices, .no-print, button, .button { display: none"))));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(SignedInAccount account) {
		return authentication(SignedInAuthentication.of(account));
	}
}
