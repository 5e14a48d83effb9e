package com.gradverify.amendment;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.amendment.AmendmentTestData.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationService;

import com.jayway.jsonpath.JsonPath;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** The JSON API with bearer tokens: the student's journey, the school's decisions, problems on bad input. */
@IntegrationTest
class AmendmentApiIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AmendmentService amendments;

	MockMvc mvc;

	AmendmentTestData data;

	Graduate graduate;

	String student;

	String school;

	@BeforeEach
	void setUp() throws Exception {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		graduate = data.graduateWithEthnicityMismatch();
		student = token(graduate.account().username());
		school = token(data.staff(Role.SCHOOL_REVIEWER, null).username());
	}

	@Test
	void theStudentFilesAndTheSchoolApproves() throws Exception {
		mvc.perform(as(student, get("/api/v1/me/amendments")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bound").value(true))
			.andExpect(jsonPath("$.requests").isEmpty())
			.andExpect(jsonPath("$.mismatchedFields[0].field").value("ETHNICITY"))
			.andExpect(jsonPath("$.mismatchedFields[0].registryValue").value("01"));

		mvc.perform(as(student, post("/api/v1/me/amendments")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\": [\"NAME\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("NAME"))
			.andExpect(jsonPath("$.errors[0].code").value("amendment.field.notMismatched"));

		String created = mvc.perform(as(student, post("/api/v1/me/amendments")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\": [\"ETHNICITY\"]}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.LOCATION))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.fields[0].claimedValue").value("03"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int id = JsonPath.read(created, "$.id");

		mvc.perform(as(student, multipart("/api/v1/me/amendments/{id}/evidence", id).file(png()))
			.param("field", "ETHNICITY"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("image/png"));
		mvc.perform(as(student, multipart("/api/v1/me/amendments/{id}/evidence", id)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", "<svg onload=alert(1)>".getBytes())))
			.param("field", "ETHNICITY"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(as(student, multipart("/api/v1/me/amendments/{id}/evidence", id).file(png())).param("field",
				"NAME"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("amendment.field.notClaimed"));

		String draft = mvc.perform(as(student, get("/api/v1/me/amendments/{id}", id)))
			.andExpect(jsonPath("$.fields[0].evidence.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int evidenceId = JsonPath.read(draft, "$.fields[0].evidence[0].id");
		int version = JsonPath.read(draft, "$.version");

		String submitted = mvc.perform(as(student, post("/api/v1/me/amendments/{id}/submit", id))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.fields[0].evidence[0].locked").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int submittedVersion = JsonPath.read(submitted, "$.version");

		// frozen: no new file, no removal
		mvc.perform(as(student, multipart("/api/v1/me/amendments/{id}/evidence", id).file(png())).param("field",
				"ETHNICITY"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("amendment.notEditable"));
		mvc.perform(as(student, delete("/api/v1/me/amendments/{id}/evidence/{e}", id, evidenceId)))
			.andExpect(status().isConflict());

		mvc.perform(as(student, get("/api/v1/amendments"))).andExpect(status().isForbidden());
		mvc.perform(as(school, get("/api/v1/amendments").param("status", "SUBMITTED")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(id)))
			.andExpect(jsonPath("$.counts.SUBMITTED").isNumber());
		mvc.perform(as(school, get("/api/v1/evidence/{e}", evidenceId))).andExpect(status().isOk());

		mvc.perform(as(school, post("/api/v1/amendments/{id}/decision", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"REJECT\", \"comment\": \"\", \"version\": " + submittedVersion + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		mvc.perform(as(school, post("/api/v1/amendments/{id}/decision", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"APPROVE\", \"version\": " + (submittedVersion + 7) + "}"))
			.andExpect(status().isConflict());
		mvc.perform(as(school, post("/api/v1/amendments/{id}/decision", id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"APPROVE\", \"comment\": \"材料齐全\", \"version\": " + submittedVersion + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.request.status").value("APPROVED"))
			.andExpect(jsonPath("$.studentNo").value(graduate.account().username()));

		mvc.perform(as(student, get("/api/v1/me/verification")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$..status", not(hasItem("MISMATCH"))));
	}

	@Test
	void approvingARequestWhoseBindingEndedIsAConflictThatChangesNothing() throws Exception {
		AmendmentView submitted = AmendmentTestData.submitted(amendments, graduate.account(), KeyField.ETHNICITY);
		jdbc.sql("update verification_application set registry_record_id = null where account_id = :id")
			.param("id", graduate.account().id())
			.update();

		mvc.perform(as(school, post("/api/v1/amendments/{id}/decision", submitted.id()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\": \"APPROVE\", \"version\": " + submitted.version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.code").value(AmendmentService.BINDING_ENDED));
		mvc.perform(as(student, get("/api/v1/me/amendments/{id}", submitted.id())))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.closureReason").doesNotExist());
	}

	@Test
	void aClosedRequestTellsClientsWhy() throws Exception {
		AmendmentView submitted = AmendmentTestData.submitted(amendments, graduate.account(), KeyField.ETHNICITY);

		binding.continueUnbound(graduate.account(), AmendmentTestData.bindingRequest(graduate));

		mvc.perform(as(student, get("/api/v1/me/amendments/{id}", submitted.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closureReason").value("BINDING_CHANGED"))
			.andExpect(jsonPath("$.closedAt").exists());
	}

	@Test
	void anotherStudentsRequestIsNotFound() throws Exception {
		String created = mvc.perform(as(student, post("/api/v1/me/amendments")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\": [\"ETHNICITY\"]}")).andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(created, "$.id");
		String other = token(data.graduateWithEthnicityMismatch().account().username());

		mvc.perform(as(other, get("/api/v1/me/amendments/{id}", id)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("amendment.notFound"));
		mvc.perform(as(other, multipart("/api/v1/me/amendments/{id}/evidence", id).file(png())).param("field",
				"ETHNICITY"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anUnboundStudentGetsAClearConflict() throws Exception {
		String unbound = token(data.unboundGraduate().username());

		mvc.perform(as(unbound, get("/api/v1/me/amendments"))).andExpect(jsonPath("$.bound").value(false));
		mvc.perform(as(unbound, post("/api/v1/me/amendments")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"fields\": [\"ETHNICITY\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("amendment.unbound"))
			.andExpect(jsonPath("$.detail").value("您的账户未绑定学籍库记录，无法申请异动"));
	}

	@Test
	void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("school").roles("SCHOOL_REVIEWER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me/amendments'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/amendments/{id}/evidence'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/amendments/{id}/submit'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/amendments'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/amendments/{id}/decision'].post").exists());
	}

	private String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + username + "\", \"password\": \"" + AmendmentTestData.PASSWORD + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String token, B request) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	private static MockMultipartFile png() throws Exception {
		return new MockMultipartFile("file", "证明.png", "image/png", AmendmentServiceIntegrationTests.photo().readAllBytes());
	}
}
