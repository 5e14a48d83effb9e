package com.gradverify.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every reviewer endpoint, page and API, tried by every role with the id of college A's
 * application: only college A's reviewer and the school get its data; everyone else a denial
 * (401 or a login redirect, 403, 404), and the application stays as it was.
 */
@IntegrationTest
class ReviewAuthorizationIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	Graduate applicant;

	long applicationId;

	SignedInAccount student;

	SignedInAccount reviewerA;

	SignedInAccount reviewerB;

	SignedInAccount school;

	SignedInAccount admin;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		var graduates = new Graduates(jdbc, binding, verification);
		long collegeA = graduates.college();
		long collegeB = graduates.college();
		applicant = graduates.graduate(collegeA);
		applicationId = graduates.submitted(applicant).applicationId();
		student = graduates.graduate(collegeA).account();
		reviewerA = graduates.reviewer(Role.COLLEGE_REVIEWER, collegeA);
		reviewerB = graduates.reviewer(Role.COLLEGE_REVIEWER, collegeB);
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		admin = graduates.reviewer(Role.ADMIN, null);
	}

	/** The reviewer endpoints that act on or show college A's application, each as a request. */
	private List<Endpoint> applicationEndpoints() {
		String decision = "{\"decision\":\"REJECT\",\"comment\":\"越权测试\"}";
		return List.of(
				new Endpoint("page queue", false, id -> get("/reviews").param("state", "ALL")),
				new Endpoint("page detail", false, id -> get("/reviews/VERIFICATION/{id}", id)),
				new Endpoint("page decision", false,
						id -> post("/reviews/VERIFICATION/{id}/decision", id).param("decision", "REJECT")
							.param("comment", "越权测试")
							.with(csrf())),
				new Endpoint("page batch", false, id -> post("/reviews/batch-approve").param("ids", id.toString()).with(csrf())),
				new Endpoint("api queue", true, id -> get("/api/v1/reviews").param("state", "ALL")),
				new Endpoint("api detail", true, id -> get("/api/v1/reviews/{id}", id)),
				new Endpoint("api decision", true,
						id -> post("/api/v1/reviews/{id}/decision", id).contentType(MediaType.APPLICATION_JSON)
							.content(decision)
							.with(csrf())),
				new Endpoint("api batch", true,
						id -> post("/api/v1/reviews/batch-approve").contentType(MediaType.APPLICATION_JSON)
							.content("{\"ids\":[" + id + "]}")
							.with(csrf())));
	}

	@Test
	void anonymousIsSentToLoginOnPagesAndGets401FromTheApi() throws Exception {
		for (Endpoint endpoint : withProgress()) {
			MockHttpServletResponse response = mvc.perform(endpoint.request().apply(applicationId)).andReturn().getResponse();
			if (endpoint.api()) {
				assertThat(response.getStatus()).as(endpoint.name()).isEqualTo(401);
			}
			else {
				assertThat(response.getStatus()).as(endpoint.name()).isEqualTo(302);
				assertThat(response.getRedirectedUrl()).as(endpoint.name()).endsWith("/login");
			}
		}
		assertUntouched();
	}

	@Test
	void studentsAndAdministratorsAreForbiddenEveryReviewerEndpoint() throws Exception {
		for (SignedInAccount account : List.of(student, admin)) {
			for (Endpoint endpoint : applicationEndpoints()) {
				MockHttpServletResponse response = as(account, endpoint);
				assertThat(response.getStatus()).as(account.role() + " " + endpoint.name()).isEqualTo(403);
				assertNoData(response, account.role() + " " + endpoint.name());
			}
		}
		assertUntouched();
	}

	@Test
	void anotherCollegesReviewerCannotTellTheApplicationExists() throws Exception {
		for (Endpoint endpoint : applicationEndpoints()) {
			MockHttpServletResponse response = as(reviewerB, endpoint);
			String name = endpoint.name();
			if (name.endsWith("detail") || name.endsWith("decision")) {
				assertThat(response.getStatus()).as(name).isEqualTo(404);
			}
			else if (name.equals("page batch")) {
				assertThat(response.getStatus()).as(name).isEqualTo(302);
			}
			else {
				assertThat(response.getStatus()).as(name).isEqualTo(200);
			}
			assertNoData(response, name);
		}
		String batch = as(reviewerB, applicationEndpoints().get(7)).getContentAsString();
		assertThat(batch).contains("\"approved\":[]").contains("review.notFound");
		assertUntouched();
	}

	@Test
	void studentsCannotSeeTheProgressDashboardAndCollegeReviewersSeeOnlyTheirCollege() throws Exception {
		for (String url : List.of("/reviews/progress", "/reviews/progress.xlsx", "/reviews/progress/students",
				"/api/v1/progress/students")) {
			assertThat(as(student, new Endpoint(url, false, id -> get(url))).getStatus()).as(url).isEqualTo(403);
		}
		String dashboard = "/reviews/progress?graduationYear=" + Graduates.YEAR;
		String own = as(reviewerA, new Endpoint("progress", false, id -> get(dashboard))).getContentAsString();
		String other = as(reviewerB, new Endpoint("progress", false, id -> get(dashboard))).getContentAsString();
		assertThat(own).contains("id=\"progress-table\"");
		// college B has no students: its reviewer's dashboard counts nobody of college A
		assertThat(other).doesNotContain("id=\"progress-table\"");
		for (SignedInAccount account : List.of(school, admin)) {
			assertThat(as(account, new Endpoint("progress", false, id -> get("/reviews/progress"))).getStatus())
				.isEqualTo(200);
		}
	}

	@Test
	void theEntitledReviewersSeeTheApplicationWithItsFullIdCard() throws Exception {
		for (SignedInAccount account : List.of(reviewerA, school)) {
			String url = "/api/v1/reviews/" + applicationId;
			MockHttpServletResponse api = as(account, new Endpoint(url, true, id -> get(url)));
			assertThat(api.getStatus()).isEqualTo(200);
			assertThat(api.getContentAsString()).contains(applicant.idCard());
			String page = "/reviews/VERIFICATION/" + applicationId;
			MockHttpServletResponse html = as(account, new Endpoint(page, false, id -> get(page)));
			assertThat(html.getStatus()).isEqualTo(200);
			assertThat(html.getContentAsString()).contains(applicant.idCard());
		}
	}

	@Test
	void aReviewerAskingForAnotherLevelsApiQueueIsForbidden() throws Exception {
		MockHttpServletResponse response = as(reviewerA,
				new Endpoint("level", true, id -> get("/api/v1/reviews").param("level", "SCHOOL")));
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).contains("problem+json");
		assertThat(as(reviewerA, new Endpoint("own", true, id -> get("/api/v1/reviews").param("level", "COLLEGE")))
			.getStatus()).isEqualTo(200);
	}

	private List<Endpoint> withProgress() {
		var all = new ArrayList<>(applicationEndpoints());
		all.add(new Endpoint("progress", false, id -> get("/reviews/progress")));
		all.add(new Endpoint("progress xlsx", false, id -> get("/reviews/progress.xlsx")));
		return all;
	}

	private MockHttpServletResponse as(SignedInAccount account, Endpoint endpoint) throws Exception {
		return mvc.perform(endpoint.request().apply(applicationId).with(authentication(SignedInAuthentication.of(account))))
			.andReturn()
			.getResponse();
	}

	private void assertNoData(MockHttpServletResponse response, String what) throws Exception {
		String body = response.getContentAsString();
		assertThat(body).as(what).doesNotContain(applicant.idCard()).doesNotContain(applicant.name())
			.doesNotContain(applicant.account().username());
	}

	private void assertUntouched() {
		assertThat(verification.view(applicant.account()).status()).isEqualTo(ReviewState.SUBMITTED);
		assertThat(jdbc.sql("select count(*) from review_decision where subject_id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.single()).isZero();
	}

	private record Endpoint(String name, boolean api, Function<Long, MockHttpServletRequestBuilder> request) {
	}
}
