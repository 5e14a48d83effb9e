package com.gradverify.verification.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
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
			.andExpect(jsonPath("$.comparison.sponsorUnit.status").value("NOT_COMPARED"));

		long version = verification.view(graduate.account()).version();
		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s", "ethnicCode": "15", "postcode": "4140"}}"""
			.formatted(version, graduate.name())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("postcode")))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());

		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s", "ethnicCode": "15"}}""".formatted(version, graduate.name())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.comparison.ethnicCode.status").value("MISMATCH"))
			.andExpect(jsonPath("$.comparison.ethnicCode.registryValue").value("01"));

		// the same version again is a lost update
		mvc.perform(as(put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON).content("""
				{"version": %d, "form": {"name": "%s"}}""".formatted(version, graduate.name())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("concurrent.modification"));
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
