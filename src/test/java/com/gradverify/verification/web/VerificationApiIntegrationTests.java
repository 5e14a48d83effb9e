package com.gradverify.verification.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The student's JSON journey: binding, reading marks, drafts, submission and withdrawal, and their errors. */
@IntegrationTest
class VerificationApiIntegrationTests {

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

	Graduate graduate;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
		graduate = graduates.graduate(graduates.college());
	}

	@Test
	void documentsEverySectionsFieldsFromTheFormsDeclaration() throws Exception {
		String sections = "$.components.schemas.VerificationSections.properties";
		mvc.perform(get("/v3/api-docs").with(user("school").roles("SCHOOL_REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(sections + ".identity.properties.name.description").value("姓名"))
			.andExpect(jsonPath(sections + ".identity.properties.birthDate.format").value("date"))
			.andExpect(jsonPath(sections + ".enrolment.properties.schoolingLength").exists())
			.andExpect(jsonPath(sections + ".enrolment.properties.sponsorUnit").exists())
			.andExpect(jsonPath(sections + ".archive.properties.hukouTransferred").exists())
			.andExpect(jsonPath(sections + ".contact.properties.email").exists())
			.andExpect(jsonPath(sections + ".contact.properties.examineeNo").doesNotExist());
	}

	@Test
	void bindsReadsMarksAndSavesADraft() throws Exception {
		mvc.perform(as(post("/api/v1/me/binding")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "%s", "idCard": "%s", "educationCode": "31", "graduationYear": %d, "mobile": "13800138000"}"""
			.formatted(graduate.name(), graduate.idCard(), Graduates.YEAR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("BOUND"));

		mvc.perform(as(get("/api/v1/me/verification")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.bound").value(true))
			.andExpect(jsonPath("$.sections.identity.name").value(graduate.name()))
			.andExpect(jsonPath("$.sections.contact.mobile").value("13800138000"))
			.andExpect(jsonPath("$.comparison.ethnicCode.status").value("MATCH"))
			// a 非定向 graduate whose record has no 定向或委培单位
			.andExpect(jsonPath("$.comparison.sponsorUnit.status").value("NOT_APPLICABLE"));

		long version = verification.view(graduate.account()).version();
		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s", "ethnicCode": "15"}}""".formatted(version, graduate.name())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comparison.ethnicCode.status").value("MISMATCH"))
			.andExpect(jsonPath("$.comparison.ethnicCode.registryValue").value("01"))
			.andExpect(jsonPath("$.problems").isEmpty());

		// the same version again is a lost update
		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s"}}""".formatted(version, graduate.name())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("concurrent.modification"));
	}

	@Test
	void aDraftWithMalformedFieldsIsSavedAsSentAndSaysWhichAreNotYetValid() throws Exception {
		bind();
		long version = verification.view(graduate.account()).version();

		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s", "postcode": "4140", "schoolingLength": "四年",
				 "enrolmentDate": "2022-13-45", "homePhone": "+86 730 864 0000", "email": "student@",
				 "hukouTransferred": "也许"}}""".formatted(version, graduate.name())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.sections.contact.postcode").value("4140"))
			.andExpect(jsonPath("$.sections.contact.email").value("student@"))
			.andExpect(jsonPath("$.sections.contact.homePhone").value("0730-8640000"))
			.andExpect(jsonPath("$.sections.enrolment.schoolingLength").doesNotExist())
			.andExpect(jsonPath("$.draftText.schoolingLength").value("四年"))
			.andExpect(jsonPath("$.draftText.enrolmentDate").value("2022-13-45"))
			.andExpect(jsonPath("$.draftText.hukouTransferred").value("也许"))
			.andExpect(jsonPath("$.problems[*].field", org.hamcrest.Matchers.contains("schoolingLength", "enrolmentDate",
					"hukouTransferred", "postcode", "email")))
			.andExpect(jsonPath("$.problems[0].code").value("verification.schoolingLength.format"))
			.andExpect(jsonPath("$.problems[0].message").value("学制请填写年数，如 4 或 2.5"));

		// read again, the draft is as it was sent
		mvc.perform(as(get("/api/v1/me/verification")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sections.contact.postcode").value("4140"))
			.andExpect(jsonPath("$.draftText.schoolingLength").value("四年"))
			.andExpect(jsonPath("$.problems[*].field", hasItem("postcode")));

		// over-long input is a 400 at its field; nothing is saved and the client still has the rest
		long saved = verification.view(graduate.account()).version();
		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s", "postcode": "414000", "homeAddressDetail": "%s"}}"""
			.formatted(saved, graduate.name(), "路".repeat(201))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("homeAddressDetail"))
			.andExpect(jsonPath("$.errors[0].code").value("verification.tooLong"))
			.andExpect(jsonPath("$.errors[0].message").value("最多 200 个字，您填写了 201 个字"));
		org.assertj.core.api.Assertions.assertThat(verification.view(graduate.account()).form().getPostcode())
			.isEqualTo("4140");
	}

	@Test
	void oneSubmissionAnswersEveryFieldErrorInOneProblem() throws Exception {
		bind();
		long version = verification.view(graduate.account()).version();
		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s", "postcode": "4140", "schoolingLength": "四年",
				 "policeStation": "湖南省岳阳市岳阳楼区派出所", "homePhone": "138 0013 8000", "originPlaceCode": "430602"}}""".formatted(version, graduate.name())))
			.andExpect(status().isOk());
		long saved = verification.view(graduate.account()).version();

		mvc.perform(as(post("/api/v1/me/verification/submit")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + saved + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].code", org.hamcrest.Matchers.hasItems("verification.schoolingLength.format",
					"verification.postcode.format", "verification.homePhone.sameAsMobile",
					"verification.policeStation.nameFor", "verification.required")))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("schoolingLength", "postcode",
					"homePhone", "policeStation", "archiveUnit", "email", "hukouTransferred")))
			.andExpect(jsonPath("$.errors[?(@.field == 'policeStation')].message",
					hasItem("请在生源地之后写出具体的派出所名称，不能只有行政区划，如：湖南省岳阳市岳阳楼区东风路派出所")));
	}

	private void bind() throws Exception {
		mvc.perform(as(post("/api/v1/me/binding")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "%s", "idCard": "%s", "educationCode": "31", "graduationYear": %d, "mobile": "13800138000"}"""
			.formatted(graduate.name(), graduate.idCard(), Graduates.YEAR)))
			.andExpect(status().isOk());
	}

	@Test
	void submissionErrorsAreFieldByFieldAndIllegalTransitionsAre409() throws Exception {
		mvc.perform(as(post("/api/v1/me/binding")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "%s", "idCard": "%s", "educationCode": "31", "graduationYear": %d, "mobile": "13800138000"}"""
			.formatted(graduate.name(), graduate.idCard(), Graduates.YEAR)))
			.andExpect(status().isOk());
		long version = verification.view(graduate.account()).version();

		mvc.perform(as(post("/api/v1/me/verification/submit")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("policeStation")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("verification.required")));

		mvc.perform(as(post("/api/v1/me/verification/withdraw")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void malformedBindingIsA400WithFieldErrorsAndNoMatchIsAnOutcome() throws Exception {
		mvc.perform(as(post("/api/v1/me/binding")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "%s", "idCard": "123", "educationCode": "31", "graduationYear": %d, "mobile": "13800138000"}"""
			.formatted(graduate.name(), Graduates.YEAR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idCard"))
			.andExpect(jsonPath("$.errors[0].code").value("idCard.length"));

		mvc.perform(as(post("/api/v1/me/binding")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "别人", "idCard": "%s", "educationCode": "31", "graduationYear": %d, "mobile": "13800138000"}"""
			.formatted(graduate.idCard(), Graduates.YEAR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NO_MATCH"));
	}

	@Test
	void aBindingWithSeveralProblemsListsThemAllInOneProblem() throws Exception {
		mvc.perform(as(post("/api/v1/me/binding")).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "", "idCard": "123", "educationCode": "31", "graduationYear": %d, "mobile": "1380013"}"""
			.formatted(Graduates.YEAR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("name", "idCard", "mobile")));
	}

	@Test
	void anonymousCallersGetA401Problem() throws Exception {
		mvc.perform(get("/api/v1/me/verification"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		SignedInAccount account = graduate.account();
		return request.with(authentication(SignedInAuthentication.of(account)))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
	}
}
