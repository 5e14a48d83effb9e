package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.audit.AuditTrail;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every account administration endpoint, page and API, tried by every role against a college
 * reviewer's account: only administrators get through; everyone else a denial (a login redirect
 * or 401, 403), and the account stays exactly as it was.
 */
@IntegrationTest
class AdminAccountsAuthorizationIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	long target;

	String otherCollege;

	Map<String, Object> targetBefore;

	List<SignedInAccount> nonAdministrators;

	SignedInAccount admin;

	@BeforeEach
	void setUp() {
		mvc = AccountFixtures.mockMvc(context);
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		otherCollege = graduates.collegeName(graduates.college());
		target = graduates.reviewer(Role.COLLEGE_REVIEWER, college).id();
		jdbc.sql("insert into login_throttle (username, client_address, attempts, locked_until, last_attempt_at) "
				+ "select username, '127.0.0.1', 5, now() + interval '15 minutes', now() from account where id = :id")
			.param("id", target)
			.update();
		targetBefore = state();
		nonAdministrators = List.of(graduates.graduate(college).account(),
				graduates.reviewer(Role.COLLEGE_REVIEWER, college), graduates.reviewer(Role.SCHOOL_REVIEWER, null));
		admin = graduates.reviewer(Role.ADMIN, null);
	}

	private List<Endpoint> endpoints() {
		var file = new MockMultipartFile("file", "reviewers.xlsx", null, new byte[] { 'P', 'K' });
		String college = "{\"college\":\"" + otherCollege + "\"}";
		return List.of(new Endpoint("page list", false, id -> get("/admin/accounts")),
				new Endpoint("page new", false, id -> get("/admin/accounts/new")),
				new Endpoint("page create", false, id -> post("/admin/accounts/new").param("username", "x.y.z").with(csrf())),
				new Endpoint("page reset", false, id -> post("/admin/accounts/{id}/reset-password", id).with(csrf())),
				new Endpoint("page disable", false, id -> post("/admin/accounts/{id}/disable", id).with(csrf())),
				new Endpoint("page enable", false, id -> post("/admin/accounts/{id}/enable", id).with(csrf())),
				new Endpoint("page unlock", false, id -> post("/admin/accounts/{id}/unlock", id).with(csrf())),
				new Endpoint("page college form", false, id -> get("/admin/accounts/{id}/college", id)),
				new Endpoint("page college", false,
						id -> post("/admin/accounts/{id}/college", id).param("college", otherCollege).with(csrf())),
				new Endpoint("page import form", false, id -> get("/admin/accounts/import")),
				new Endpoint("page import", false, id -> multipart("/admin/accounts/import").file(file).with(csrf())),
				new Endpoint("page template", false, id -> get("/admin/accounts/import/template.xlsx")),
				new Endpoint("api get", true, id -> get("/api/v1/admin/accounts/{id}", id)),
				new Endpoint("api create", true,
						id -> post("/api/v1/admin/accounts").contentType(MediaType.APPLICATION_JSON).content("{}").with(csrf())),
				new Endpoint("api reset", true, id -> post("/api/v1/admin/accounts/{id}/password-reset", id).with(csrf())),
				new Endpoint("api disable", true, id -> post("/api/v1/admin/accounts/{id}/disable", id).with(csrf())),
				new Endpoint("api enable", true, id -> post("/api/v1/admin/accounts/{id}/enable", id).with(csrf())),
				new Endpoint("api unlock", true, id -> post("/api/v1/admin/accounts/{id}/unlock", id).with(csrf())),
				new Endpoint("api college", true,
						id -> put("/api/v1/admin/accounts/{id}/college", id).contentType(MediaType.APPLICATION_JSON)
							.content(college)
							.with(csrf())),
				new Endpoint("api import", true, id -> multipart("/api/v1/admin/accounts/imports").file(file).with(csrf())));
	}

	@Test
	void anonymousIsSentToLoginOnPagesAndGets401FromTheApi() throws Exception {
		for (Endpoint endpoint : endpoints()) {
			MockHttpServletResponse response = mvc.perform(endpoint.request().apply(target)).andReturn().getResponse();
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
	void studentsAndReviewersAreForbiddenEveryEndpoint() throws Exception {
		for (SignedInAccount account : nonAdministrators) {
			for (Endpoint endpoint : endpoints()) {
				MockHttpServletResponse response = as(account, endpoint);
				assertThat(response.getStatus()).as(account.role() + " " + endpoint.name()).isEqualTo(403);
				if (endpoint.api()) {
					assertThat(response.getContentType()).as(endpoint.name()).contains("problem+json");
				}
			}
		}
		assertUntouched();
	}

	@Test
	void administratorsGetThrough() throws Exception {
		for (Endpoint endpoint : endpoints()) {
			assertThat(as(admin, endpoint).getStatus()).as(endpoint.name()).isNotIn(401, 403);
		}
	}

	@Test
	void theOpenApiDocumentDescribesEveryAccountAdministrationEndpoint() throws Exception {
		mvc.perform(get("/v3/api-docs").with(authentication(SignedInAuthentication.of(admin))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/accounts/{id}/password-reset'].post.responses['404']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/accounts/{id}/disable'].post.responses['409']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/accounts/{id}/enable'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/accounts/{id}/unlock'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/accounts/{id}/college'].put.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/accounts/imports'].post.requestBody.content['multipart/form-data']")
				.exists());
	}

	private MockHttpServletResponse as(SignedInAccount account, Endpoint endpoint) throws Exception {
		return mvc.perform(endpoint.request().apply(target).with(authentication(SignedInAuthentication.of(account))))
			.andReturn()
			.getResponse();
	}

	private void assertUntouched() {
		assertThat(state()).isEqualTo(targetBefore);
		assertThat(audit.of("account", String.valueOf(target))).isEmpty();
	}

	private Map<String, Object> state() {
		return jdbc.sql("""
				select a.password_hash, a.password_change_required, a.enabled, a.college_id, a.credentials_version,
				       exists (select 1 from login_throttle t where t.username = a.username and t.locked_until > now()) as locked
				from account a where a.id = :id""")
			.param("id", target)
			.query()
			.singleRow();
	}

	private record Endpoint(String name, boolean api, Function<Long, AbstractMockHttpServletRequestBuilder<?>> request) {
	}
}
