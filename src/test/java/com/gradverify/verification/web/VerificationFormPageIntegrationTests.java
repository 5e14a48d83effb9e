package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The 实名认证 page: 保存 keeps malformed values and shows them again with their messages; 申请 reports all at once. */
@IntegrationTest
class VerificationFormPageIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	Graduate graduate;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		Graduates graduates = new Graduates(jdbc, binding, verification);
		graduate = graduates.graduate(graduates.college());
		binding.bind(graduate.account(), Graduates.bindingRequest(graduate));
	}

	@Test
	void aDraftWithMalformedFieldsIsSavedAndShownAgainWithTheirMessages() throws Exception {
		long version = verification.view(graduate.account()).version();
		mvc.perform(as(post("/verification")).param("action", "save").param("version", String.valueOf(version))
			.param("name", graduate.name())
			.param("originPlaceCode", "430602")
			.param("postcode", "4140")
			.param("schoolingLength", "四年")
			.param("homePhone", "(0730)864 0000")
			.param("email", "zhangsan@"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/verification"))
			.andExpect(flash().attribute("flashSuccess", containsString("其中 3 项尚未填写正确")));

		var stored = verification.view(graduate.account());
		assertThat(stored.form().getPostcode()).isEqualTo("4140");
		assertThat(stored.form().getHomePhone()).isEqualTo("0730-8640000");
		assertThat(stored.draftText()).containsEntry("schoolingLength", "四年");

		mvc.perform(as(get("/verification")))
			.andExpect(status().isOk())
			.andExpect(view().name("verification/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "postcode", "verification.postcode.format"))
			.andExpect(model().attributeHasFieldErrorCode("form", "schoolingLength", "verification.schoolingLength.format"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "verification.email.format"))
			.andExpect(model().attributeHasNoErrors("view"))
			.andExpect(content().string(allOf(
					// each value as typed, in its field
					containsString("id=\"postcode\" name=\"postcode\" value=\"4140\""),
					containsString("value=\"四年\""),
					containsString("value=\"zhangsan@\""),
					containsString("value=\"0730-8640000\""),
					// its message at the field, and the summary linking to it
					containsString("邮编应为 6 位数字"),
					containsString("href=\"#field-postcode\""),
					containsString("href=\"#field-schoolingLength\""),
					containsString("id=\"field-postcode\""),
					containsString("以下 3 项需要修改"),
					// the 派出所 hint takes the student's own 生源地 as its example
					containsString("如：湖南省岳阳市岳阳楼区东风路派出所"),
					// submission rules wait for 申请实名认证
					not(containsString("此项为必填项")))));
	}

	@Test
	void oneSubmissionShowsEveryProblemAtItsFieldAndInTheSummary() throws Exception {
		long version = verification.view(graduate.account()).version();
		mvc.perform(as(post("/verification")).param("action", "submit").param("version", String.valueOf(version))
			.param("name", graduate.name())
			.param("originPlaceCode", "430602")
			.param("postcode", "4140")
			.param("schoolingLength", "四年")
			.param("homePhone", "138-0013-8000")
			.param("policeStation", "湖南省岳阳市派出所")
			.param("archiveUnit", "湖南省岳阳市第一中学"))
			.andExpect(status().isOk())
			.andExpect(view().name("verification/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "postcode", "verification.postcode.format"))
			.andExpect(model().attributeHasFieldErrorCode("form", "schoolingLength", "verification.schoolingLength.format"))
			.andExpect(model().attributeHasFieldErrorCode("form", "homePhone", "verification.homePhone.sameAsMobile"))
			.andExpect(model().attributeHasFieldErrorCode("form", "policeStation", "verification.policeStation.originFor"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "verification.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "hukouTransferred", "verification.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "homeDivisionCode", "verification.homeAddress.incomplete"))
			.andExpect(content().string(allOf(
					containsString("value=\"四年\""),
					containsString("value=\"湖南省岳阳市派出所\""),
					containsString("派出所名称应以您的生源地“湖南省岳阳市岳阳楼区”开头"),
					containsString("家庭电话不能与联系电话相同"),
					containsString("href=\"#field-email\""),
					containsString("href=\"#field-homeDivisionCode\""),
					containsString("href=\"#field-policeStation\""))));
		// what was typed is the saved draft, and the application is still one
		var stored = verification.view(graduate.account());
		assertThat(stored.status().name()).isEqualTo("DRAFT");
		assertThat(stored.form().getPoliceStation()).isEqualTo("湖南省岳阳市派出所");
	}

	@Test
	void theBindingFormReportsEveryProblemAtOnce() throws Exception {
		mvc.perform(as(post("/verification/binding")).param("action", "bind")
			.param("name", "")
			.param("idCard", "123")
			.param("educationCode", "31")
			.param("graduationYear", String.valueOf(Graduates.YEAR))
			.param("mobile", "1380013"))
			.andExpect(status().isOk())
			.andExpect(view().name("verification/binding"))
			.andExpect(model().attributeHasFieldErrors("binding", "name", "idCard", "mobile"))
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#idCard\""),
					containsString("href=\"#mobile\""), containsString("href=\"#name\""))));
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(authentication(SignedInAuthentication.of(graduate.account()))).with(csrf());
	}
}
