package com.gradverify.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.agreement.AgreementService;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every student page (实名认证 and binding, 申请异动, 协议 and 违约, the WeChat pages) and its API
 * driven into the states users reach by accident: a stale tab (old version), a step the status does
 * not allow, another role opening the page, a value longer than its column, a missing or unreadable
 * body, absurd page numbers. None may answer 5xx; each gets a Chinese page saying what to do, or
 * under {@code /api/v1} a 4xx {@code application/problem+json} (400 for bad input, never 409 or
 * 500 for an over-long value). Where the container would forward to {@code /error} (MockMvc does
 * not), the error page is rendered as the container would, with the request's status and path.
 */
@IntegrationTest
class StudentPageErrorStatesIntegrationTests {

	private static final String LONG = "长".repeat(5000);

	/** The unhelpful answer of issue 12: it says nothing about what to do. */
	private static final String GENERIC = "系统暂时无法处理";

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
	JsonMapper json;

	MockMvc mvc;

	AgreementFixtures fixtures;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
	}

	@Test
	void verificationPagesAnswerStaleTabsIllegalStepsAndBadInputWithAClearPage() throws Exception {
		Graduates graduates = fixtures.graduates;
		Graduate drafting = graduates.graduate(fixtures.college);
		binding.bind(drafting.account(), Graduates.bindingRequest(drafting));
		long draftVersion = verification.view(drafting.account()).version();
		Graduate submitted = graduates.graduate(fixtures.college);
		long submittedVersion = graduates.submitted(submitted).version();
		SignedInAccount student = drafting.account();

		page(as(student, get("/verification").param("page", "-1").param("size", "abc")), 200);
		// a tab opened before the last save
		page(as(submitted.account(), post("/verification").param("action", "save").param("version",
				String.valueOf(submittedVersion - 1))), 409);
		// 撤回 of a draft, 申请实名认证 of a submitted application, save of a locked one
		page(as(student, post("/verification").param("action", "withdraw").param("version",
				String.valueOf(draftVersion))), 409);
		page(as(submitted.account(), post("/verification").param("action", "submit").param("version",
				String.valueOf(submittedVersion))), 409);
		page(as(submitted.account(), post("/verification").param("action", "save").param("version",
				String.valueOf(submittedVersion))), 409);
		// missing or unreadable parameters
		page(as(student, post("/verification").param("action", "save")), 400);
		page(as(student, post("/verification").param("action", "save").param("version", "abc")), 400);
		page(as(student, post("/verification")), 400);
		// an over-long value: 400 at its field, the typed text kept, nothing stored
		MockHttpServletResponse tooLong = as(student, post("/verification").param("action", "save")
			.param("version", String.valueOf(draftVersion))
			.param("homeAddressDetail", LONG));
		// the form shown again (as after any refused save) with the reason at the field
		page(tooLong, 200, 400);
		assertThat(body(tooLong)).contains("field-error", "最多 200 个字", LONG);
		assertThat(verification.view(student).version()).isEqualTo(draftVersion);
		// binding with nothing, or a name longer than any
		page(as(student, post("/verification/binding")), 200, 400);
		page(as(student, post("/verification/binding").param("name", LONG).param("idCard", LONG)), 200, 400);
	}

	@Test
	void amendmentAgreementAndBreachPagesAnswerUnknownStaleAndIllegalRequestsWithAClearPage() throws Exception {
		SignedInAccount student = fixtures.verified().account();
		page(as(student, get("/verification/amendments").param("page", "999999999")), 200);
		page(as(student, post("/verification/amendments/999999999/submit").param("version", "0")), 404);
		page(as(student, post("/verification/amendments/abc/submit").param("version", "0")), 400);
		page(as(student, post("/verification/amendments/1/fields")), 400, 404);

		page(as(student, get("/agreements").param("page", "-1").param("size", "abc")), 200);
		page(as(student, post("/agreements/999999999").param("employerName", "某公司")), 404);
		page(as(student, post("/agreements").param("employerName", LONG)), 400);
		page(as(student, post("/agreements")), 200, 302, 400);
		long id = agreements.applications(student).get(0).id();
		page(as(student, post("/agreements/" + id).param("version", "-5").param("employerName", "某公司")), 409);
		page(as(student, post("/agreements/" + id + "/withdraw").param("version", "0")), 200, 302, 409);
		page(as(student, post("/agreements/" + id).param("employerName", LONG)), 400);

		page(as(student, get("/breaches").param("page", "999999999")), 200);
		page(as(student, post("/breaches")), 400);
		page(as(student, post("/breaches").param("agreementId", "abc")), 400);
		page(as(student, post("/breaches").param("agreementId", "999999999")), 200, 302, 400, 404, 409);
	}

	@Test
	void staffOpeningAStudentPageAreToldItIsNotTheirs() throws Exception {
		SignedInAccount reviewer = fixtures.collegeReviewer;
		SignedInAccount admin = fixtures.graduates.reviewer(Role.ADMIN, null);
		for (SignedInAccount staff : List.of(reviewer, admin)) {
			for (String path : List.of("/verification", "/verification/binding", "/verification/amendments",
					"/agreements", "/breaches")) {
				page(as(staff, get(path)), 403);
			}
			page(as(staff, post("/verification").param("action", "save").param("version", "0")), 403);
			page(as(staff, post("/verification/binding").param("name", "某人")), 403);
			page(as(staff, post("/agreements").param("employerName", "某公司")), 403);
			problem(as(staff, get("/api/v1/me/verification").accept(MediaType.APPLICATION_JSON)), 403);
			problem(as(staff, put("/api/v1/me/verification").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":0,\"form\":{}}")), 403);
		}
	}

	@Test
	void weChatPagesOpenedOutsideWeChatSayWhereToStart() throws Exception {
		page(mvc.perform(get("/wx/bind")).andReturn().getResponse(), 400);
		page(mvc.perform(post("/wx/bind").with(csrf()).param("studentNo", LONG)).andReturn().getResponse(), 400);
		page(mvc.perform(get("/wx/callback")).andReturn().getResponse(), 400);
	}

	@Test
	void theApiAnswersBadInputUnknownPathsMethodsAndMediaTypesWithProblems() throws Exception {
		Graduate drafting = fixtures.graduates.graduate(fixtures.college);
		binding.bind(drafting.account(), Graduates.bindingRequest(drafting));
		SignedInAccount student = drafting.account();
		long version = verification.view(student).version();

		problem(as(student, put("/api/v1/me/verification").contentType(MediaType.APPLICATION_JSON)), 400);
		problem(as(student, put("/api/v1/me/verification").contentType(MediaType.APPLICATION_JSON).content("{")), 400);
		JsonNode tooLong = problem(as(student, put("/api/v1/me/verification").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + ",\"form\":{\"homeAddressDetail\":\"" + LONG + "\"}}")), 400);
		assertThat(tooLong.get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("homeAddressDetail");
		problem(as(student, put("/api/v1/me/verification").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + (version - 1) + ",\"form\":{}}")), 409);
		problem(as(student, post("/api/v1/me/verification/withdraw").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + version + "}")), 409);
		problem(as(student, post("/api/v1/me/agreements").contentType(MediaType.APPLICATION_JSON)
			.content("{\"employerName\":\"某公司\"}")), 403);

		problem(as(student, put("/api/v1/me/verification").contentType(MediaType.TEXT_PLAIN).content("x")), 415);
		problem(as(student, delete("/api/v1/me/verification")), 405);
		problem(as(student, get("/api/v1/no-such-thing")), 404);
		// what the container forwards when a multipart request exceeds its limit
		problem(as(student, get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/me/amendments/1/evidence")), 413);
	}

	private MockHttpServletResponse as(SignedInAccount account, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(authentication(SignedInAuthentication.of(account))).with(csrf()))
			.andReturn()
			.getResponse();
	}

	/**
	 * The answer is one of {@code allowed}; a redirect or a page, and an error page in Chinese
	 * that names the problem (rendered through {@code /error} when the container would).
	 */
	private void page(MockHttpServletResponse response, int... allowed) throws Exception {
		assertThat(response.getStatus()).as(describe(response)).isLessThan(500).isIn(box(allowed));
		if (response.getStatus() >= 300 && response.getStatus() < 400) {
			return;
		}
		String body = body(response);
		assertThat(body).as(describe(response)).contains("<html").doesNotContain(GENERIC, "Exception");
		if (response.getStatus() >= 400) {
			assertThat(body).as(describe(response)).containsAnyOf("class=\"flash error\"", "field-error", "alert-error", "出错了");
		}
	}

	private JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
		MockHttpServletResponse answer = response.getContentLength() == 0 && response.getContentAsString().isEmpty()
				? containerErrorPage(response, true) : response;
		assertThat(answer.getStatus()).as(describe(answer)).isEqualTo(status);
		assertThat(answer.getContentType()).as(describe(answer)).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = json.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("code").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).doesNotContain("Exception").matches(".*[\\u4e00-\\u9fff].*");
		return problem;
	}

	private String body(MockHttpServletResponse response) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if (body.isEmpty() && response.getStatus() >= 400) {
			return containerErrorPage(response, false).getContentAsString(StandardCharsets.UTF_8);
		}
		return body;
	}

	/** What the container shows for a status set by {@code sendError}: its forward to {@code /error}. */
	private MockHttpServletResponse containerErrorPage(MockHttpServletResponse response, boolean api)
			throws Exception {
		String path = api ? "/api/v1/x" : "/x";
		return mvc.perform(get("/error").accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)).andReturn().getResponse();
	}

	private static String describe(MockHttpServletResponse response) {
		return "status " + response.getStatus() + ", error " + response.getErrorMessage();
	}

	private static Integer[] box(int... values) {
		return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
	}
}
