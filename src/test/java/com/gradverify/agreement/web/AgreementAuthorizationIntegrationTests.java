package com.gradverify.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.agreement.BreachService;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every new endpoint, page and API, by every kind of caller: the unverified graduate gets the gate's
 * refusal, staff get no student endpoints, students no exports, reviewers of another college
 * nothing of this college's applications.
 */
@IntegrationTest
class AgreementAuthorizationIntegrationTests {

	private static final String GATE_MESSAGE = "请先完成实名认证";

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

	@Autowired
	BreachService breaches;

	MockMvc mvc;

	AgreementFixtures fixtures;

	SignedInAccount unverified;

	Graduate verified;

	SignedInAccount otherCollegeReviewer;

	SignedInAccount admin;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
		Graduate submittedOnly = fixtures.graduates.graduate(fixtures.college);
		fixtures.graduates.submitted(submittedOnly);
		unverified = submittedOnly.account();
		verified = fixtures.verified();
		otherCollegeReviewer = fixtures.graduates.reviewer(Role.COLLEGE_REVIEWER, fixtures.graduates.college());
		admin = fixtures.graduates.reviewer(Role.ADMIN, null);
	}

	@Test
	void theUnverifiedGraduateGetsTheGatesMessageFromEveryStudentEndpoint() throws Exception {
		for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/api/v1/me/agreements"),
				get("/api/v1/me/agreements/1"), json(post("/api/v1/me/agreements"), "{}"),
				json(put("/api/v1/me/agreements/1"), "{\"version\":0,\"form\":{}}"),
				json(post("/api/v1/me/agreements/1/submit"), "{\"version\":0}"),
				json(post("/api/v1/me/agreements/1/withdraw"), "{\"version\":0}"),
				multipart("/api/v1/me/agreements/1/scan").file(scanPart()), get("/api/v1/me/breaches"),
				json(post("/api/v1/me/breaches"), "{\"agreementId\":1}"),
				multipart("/api/v1/me/breaches/1/release-letter").file(scanPart()))) {
			MockHttpServletResponse response = as(unverified, request);
			assertThat(response.getStatus()).as(request.toString()).isEqualTo(403);
			assertThat(response.getContentAsString()).contains("VERIFICATION_REQUIRED").contains(GATE_MESSAGE);
		}
		for (String page : List.of("/agreements", "/breaches")) {
			MockHttpServletResponse response = as(unverified, get(page));
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("id=\"verification-required\"").contains(GATE_MESSAGE)
				.doesNotContain("id=\"agreement-form\"");
		}
		MockHttpServletResponse posted = as(unverified, post("/agreements").param("employerName", "某公司").with(csrf()));
		assertThat(posted.getStatus()).isEqualTo(403);
		assertThat(posted.getContentAsString()).contains(GATE_MESSAGE);
		assertThat(jdbc.sql("select count(*) from agreement_application where account_id = :a")
			.param("a", unverified.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void staffHaveNoStudentEndpointsAndAnonymousCallersNone() throws Exception {
		for (SignedInAccount staff : List.of(fixtures.collegeReviewer, fixtures.schoolReviewer, admin)) {
			for (AbstractMockHttpServletRequestBuilder<?> request : List.<AbstractMockHttpServletRequestBuilder<?>>of(get("/api/v1/me/agreements"),
					get("/api/v1/me/breaches"), get("/agreements"), get("/breaches"))) {
				assertThat(as(staff, request).getStatus()).as(staff.role() + " " + request).isEqualTo(403);
			}
		}
		for (String url : List.of("/api/v1/me/agreements", "/api/v1/me/breaches", "/api/v1/exports/roster.xlsx",
				"/api/v1/exports/roster.csv", "/api/v1/exports/corrections.xlsx")) {
			assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(401);
		}
		assertThat(mvc.perform(get("/exports")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void exportsAreForTheSchoolAndAdministratorsOnly() throws Exception {
		for (String url : List.of("/exports", "/exports/roster.xlsx", "/exports/roster.csv", "/api/v1/exports/roster.xlsx",
				"/api/v1/exports/roster.csv", "/exports/corrections.xlsx", "/exports/corrections.csv",
				"/api/v1/exports/corrections.xlsx", "/api/v1/exports/corrections.csv")) {
			for (SignedInAccount denied : List.of(verified.account(), fixtures.collegeReviewer)) {
				MockHttpServletResponse response = as(denied, get(url));
				assertThat(response.getStatus()).as(denied.role() + " " + url).isEqualTo(403);
				assertThat(response.getContentAsString()).doesNotContain(verified.idCard());
			}
		}
		for (SignedInAccount allowed : List.of(fixtures.schoolReviewer, admin)) {
			MockHttpServletResponse xlsx = as(allowed,
					get("/api/v1/exports/roster.xlsx").param("collegeId", Long.toString(fixtures.college)));
			assertThat(xlsx.getStatus()).isEqualTo(200);
			assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats");
			assertThat(xlsx.getHeader("Content-Disposition")).contains("attachment").contains(".xlsx");
			MockHttpServletResponse csv = as(allowed,
					get("/exports/roster.csv").param("collegeId", Long.toString(fixtures.college)));
			assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(verified.idCard());
			assertThat(as(allowed, get("/exports")).getStatus()).isEqualTo(200);
			MockHttpServletResponse corrections = as(allowed, get("/api/v1/exports/corrections.csv"));
			assertThat(corrections.getStatus()).isEqualTo(200);
			assertThat(corrections.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF学号,姓名");
		}
		MockHttpServletResponse bad = as(fixtures.schoolReviewer,
				get("/api/v1/exports/roster.csv").param("majorCode", "12"));
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentAsString()).contains("majorCode");
	}

	@Test
	void aVerifiedGraduateUsesTheApiAndReviewersSeeOnlyTheirCollegesApplications() throws Exception {
		MockHttpServletResponse wrong = as(verified.account(),
				json(post("/api/v1/me/agreements"), "{\"creditCode\":\"91350100M000100Y44\"}"));
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(wrong.getContentAsString()).contains("\"field\":\"creditCode\"").contains("校验位不正确");

		MockHttpServletResponse created = as(verified.account(), json(post("/api/v1/me/agreements"), """
				{"employerName":"福建某某科技有限公司","creditCode":"91350100M000100Y43","employerNatureCode":"39",
				 "industryCode":"I","employerDivisionCode":"430602","position":"软件工程师","contactPerson":"王经理",
				 "contactPhone":"13912345678","agreementNo":"XY-1","signedOn":"2026-03-01","destinationCode":"10"}"""));
		assertThat(created.getStatus()).isEqualTo(201);
		long id = agreements.applications(verified.account()).get(0).id();
		assertThat(as(verified.account(), multipart("/api/v1/me/agreements/" + id + "/scan").file(scanPart()))
			.getStatus()).isEqualTo(200);
		AgreementView scanned = agreements.application(verified.account(), id);
		MockHttpServletResponse submitted = as(verified.account(),
				json(post("/api/v1/me/agreements/" + id + "/submit"), "{\"version\":" + scanned.version() + "}"));
		assertThat(submitted.getStatus()).isEqualTo(200);
		assertThat(submitted.getContentAsString()).contains("\"status\":\"SUBMITTED\"");

		// someone else's agreement does not exist for another graduate
		Graduate other = fixtures.verified();
		assertThat(as(other.account(), get("/api/v1/me/agreements/" + id)).getStatus()).isEqualTo(404);

		String detail = "/api/v1/reviews/" + id + "?kind=AGREEMENT";
		assertThat(as(fixtures.collegeReviewer, get(detail)).getContentAsString()).contains("福建某某科技有限公司");
		assertThat(as(otherCollegeReviewer, get(detail)).getStatus()).isEqualTo(404);
		assertThat(as(verified.account(), get(detail)).getStatus()).isEqualTo(403);
		assertThat(as(otherCollegeReviewer, get("/reviews/AGREEMENT/" + id)).getStatus()).isEqualTo(404);
		assertThat(as(fixtures.collegeReviewer, get("/reviews/AGREEMENT/" + id)).getContentAsString())
			.contains("福建某某科技有限公司").contains("其他企业（39）")
			.contains("id=\"section-applicant\"", "id=\"section-employer\"", "id=\"application-evidence\"",
					"/evidence/" + scanned.scan().id())
			.doesNotContain("??");
		assertThat(as(fixtures.collegeReviewer, get(detail)).getContentAsString())
			.contains("\"group\":\"application-evidence\",\"id\":" + scanned.scan().id());

		// the scan opens for the entitled reviewer only
		long scanId = scanned.scan().id();
		assertThat(as(fixtures.collegeReviewer, get("/evidence/" + scanId)).getStatus()).isEqualTo(200);
		assertThat(as(otherCollegeReviewer, get("/evidence/" + scanId)).getStatus()).isIn(403, 404);
		assertThat(as(other.account(), get("/evidence/" + scanId)).getStatus()).isIn(403, 404);

		MockHttpServletResponse decided = as(otherCollegeReviewer,
				json(post("/api/v1/reviews/" + id + "/decision?kind=AGREEMENT"), "{\"decision\":\"APPROVE\"}"));
		assertThat(decided.getStatus()).isEqualTo(404);
		MockHttpServletResponse approved = as(fixtures.collegeReviewer,
				json(post("/api/v1/reviews/" + id + "/decision?kind=AGREEMENT"), "{\"decision\":\"APPROVE\"}"));
		assertThat(approved.getStatus()).isEqualTo(200);
		assertThat(approved.getContentAsString()).contains("\"status\":\"COLLEGE_APPROVED\"");
		// the college's items only: other tests leave more than a page waiting for the school
		assertThat(as(fixtures.schoolReviewer,
				get("/api/v1/reviews").param("kind", "ALL").param("collegeId", Long.toString(fixtures.college)))
			.getContentAsString()).contains("\"kind\":\"AGREEMENT\"");
	}

	@Test
	void theOpenApiDocumentDescribesEveryNewEndpoint() throws Exception {
		String document = mvc.perform(get("/v3/api-docs").with(user("school").roles("SCHOOL_REVIEWER"))).andReturn().getResponse().getContentAsString();
		assertThat(document).contains("\"/api/v1/me/agreements\"", "\"/api/v1/me/agreements/{id}/scan\"",
				"\"/api/v1/me/agreements/{id}/submit\"", "\"/api/v1/me/agreements/{id}/withdraw\"",
				"\"/api/v1/me/breaches\"", "\"/api/v1/me/breaches/{id}/release-letter\"",
				"\"/api/v1/exports/roster.xlsx\"", "\"/api/v1/exports/roster.csv\"",
				"\"/api/v1/exports/corrections.xlsx\"", "creditCode", "VERIFICATION_REQUIRED",
				"AGREEMENT, BREACH or ALL");
	}

	private static MockMultipartFile scanPart() {
		return new MockMultipartFile("file", "协议.png", "image/png", AgreementFixtures.scanBytes());
	}

	private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private MockHttpServletResponse as(SignedInAccount account, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(authentication(SignedInAuthentication.of(account))).with(csrf()))
			.andReturn()
			.getResponse();
	}
}
