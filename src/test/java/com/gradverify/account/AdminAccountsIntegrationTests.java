package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.audit.AuditTrail;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class AdminAccountsIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	StudentAccounts students;

	@Autowired
	StaffAccounts staff;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	MockMvc mvc;

	MockHttpSession admin;

	@BeforeEach
	void setUp() throws Exception {
		mvc = AccountFixtures.mockMvc(context);
		admin = AccountFixtures.login(mvc, AccountFixtures.staff(staff, Role.ADMIN, null, false),
				AccountFixtures.STAFF_PASSWORD);
	}

	@Test
	void listShowsTheIdCardMaskedAndFindsByNameOrUsername() throws Exception {
		String idCard = AccountFixtures.idCard(123);
		String student = AccountFixtures.student(students, idCard);
		String masked = idCard.substring(0, 6) + "*".repeat(12);
		mvc.perform(get("/admin/accounts").param("q", student).param("role", "STUDENT").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>" + student + "</td>")))
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(idCard))))
			.andExpect(content().string(containsString("待修改密码")));
		mvc.perform(get("/admin/accounts").param("q", student).param("role", "ADMIN").session(admin))
			.andExpect(content().string(not(containsString("<td>" + student + "</td>"))));
	}

	@Test
	void longListsArePagedBothWays() throws Exception {
		for (int i = 0; i <= AccountListing.PAGE_SIZE; i++) {
			AccountFixtures.student(students, AccountFixtures.idCard(400 + i));
		}
		mvc.perform(get("/admin/accounts").param("role", "STUDENT").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("下一页")))
			.andExpect(content().string(not(containsString("上一页"))));
		mvc.perform(get("/admin/accounts").param("role", "STUDENT").param("page", "2").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上一页")));
	}

	@Test
	void adminCreatesACollegeReviewerWhoMustChangeThePasswordAtFirstLogin() throws Exception {
		String college = AccountFixtures.college(jdbc);
		String username = AccountFixtures.uniqueName("reviewer");
		mvc.perform(post("/admin/accounts/new").session(admin).with(csrf()).param("username", username)
				.param("displayName", "李老师").param("role", "COLLEGE_REVIEWER").param("college", college)
				.param("password", "Initial2026ok"))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("flashSuccess", containsString(username)));

		MockHttpSession reviewer = AccountFixtures.login(mvc, username, "Initial2026ok");
		mvc.perform(get("/reviews").session(reviewer)).andExpect(redirectedUrl("/account/password"));
		assertThat(jdbc.sql("""
				select c.name from account a join college c on c.id = a.college_id where a.username = :u""")
			.param("u", username).query(String.class).single()).isEqualTo(college);
	}

	@Test
	void theCreateFormKeepsTheInputAndNamesEachWrongField() throws Exception {
		String existing = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		mvc.perform(post("/admin/accounts/new").session(admin).with(csrf()).param("username", existing)
				.param("displayName", "王老师").param("role", "SCHOOL_REVIEWER").param("password", "Initial2026ok"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/account-form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "username", "account.username.taken"))
			.andExpect(content().string(containsString("王老师")));
		mvc.perform(post("/admin/accounts/new").session(admin).with(csrf()).param("username", "new.reviewer")
				.param("displayName", "王老师").param("role", "COLLEGE_REVIEWER").param("password", "short"))
			.andExpect(model().attributeHasFieldErrorCode("form", "college", "account.college.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooShort"));
	}

	@Test
	void apiCreatesStaffAccountsWith201AndLocation() throws Exception {
		String college = AccountFixtures.college(jdbc);
		String username = AccountFixtures.uniqueName("api");
		String location = createViaApi(username, "COLLEGE_REVIEWER", college)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.college").value(college))
			.andReturn().getResponse().getHeader("Location");
		assertThat(location).matches("/api/v1/admin/accounts/\\d+");
		mvc.perform(get(location).session(admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("COLLEGE_REVIEWER"));

		createViaApi(username, "SCHOOL_REVIEWER", null).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("account.username.taken"));
	}

	@Test
	void apiRefusesACollegeReviewerWithoutAKnownCollege() throws Exception {
		createViaApi(AccountFixtures.uniqueName("api"), "COLLEGE_REVIEWER", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("college"))
			.andExpect(jsonPath("$.errors[0].code").value("account.college.required"));
		createViaApi(AccountFixtures.uniqueName("api"), "COLLEGE_REVIEWER", "没有这个学院").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("college"))
			.andExpect(jsonPath("$.errors[0].code").value("account.college.unknown"));
	}

	@Test
	void nonAdministratorsAreForbidden() throws Exception {
		MockHttpSession reviewer = AccountFixtures.login(mvc,
				AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false), AccountFixtures.STAFF_PASSWORD);
		mvc.perform(get("/admin/accounts").session(reviewer)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/admin/accounts").session(reviewer).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("access.denied"));
	}

	@Test
	void resettingAStudentRestoresTheDefaultPasswordAndIsAudited() throws Exception {
		String idCard = AccountFixtures.idCard(845);
		String student = AccountFixtures.student(students, idCard);
		long id = jdbc.sql("select id from account where username = :u").param("u", student).query(Long.class).single();
		jdbc.sql("update account set password_hash = 'x', password_change_required = false where id = :id")
			.param("id", id).update();

		mvc.perform(post("/admin/accounts/{id}/reset-password", id).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attributeExists("flashSuccess"));

		MockHttpSession session = AccountFixtures.login(mvc, student, idCard.substring(12));
		mvc.perform(get("/verification").session(session)).andExpect(redirectedUrl("/account/password"));
		assertThat(audit.of("account", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
			.contains("account.password-reset");
	}

	@Test
	void resettingAStudentEndsTheirSessionsAndTokensAndLiftsALock() throws Exception {
		String idCard = AccountFixtures.idCard(846);
		String student = AccountFixtures.student(students, idCard);
		long id = jdbc.sql("select id from account where username = :u").param("u", student).query(Long.class).single();
		MockHttpSession first = AccountFixtures.login(mvc, student, idCard.substring(12));
		mvc.perform(post("/account/password").session(first).with(csrf()).param("currentPassword", idCard.substring(12))
				.param("newPassword", "Student2026ok").param("confirmPassword", "Student2026ok"))
			.andExpect(redirectedUrl("/"));
		MockHttpSession second = AccountFixtures.login(mvc, student, "Student2026ok");
		String token = json.readTree(mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("username", student, "password", "Student2026ok"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).get("token").asString();
		mvc.perform(get("/account/password").session(first)).andExpect(status().isOk());
		mvc.perform(get("/account/password").session(second)).andExpect(status().isOk());
		jdbc.sql("""
				insert into login_throttle (username, client_address, attempts, locked_until, last_attempt_at)
				values (:u, '127.0.0.1', 5, now() + interval '15 minutes', now())""").param("u", student).update();
		mvc.perform(get("/admin/accounts").param("q", student).session(admin))
			.andExpect(content().string(containsString("已锁定")));

		mvc.perform(post("/admin/accounts/{id}/reset-password", id).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));

		mvc.perform(get("/account/password").session(first)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").session(second))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
		// the administrator's own session goes on, and the student signs in again with the default password
		mvc.perform(get("/admin/accounts").param("q", student).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("已锁定"))));
		AccountFixtures.login(mvc, student, idCard.substring(12));
	}

	@Test
	void errorPagesRenderTheErrorTemplate() throws Exception {
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML).session(admin)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("您访问的内容不存在")));
		mvc.perform(get("/error").accept(MediaType.TEXT_HTML).session(admin)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/accounts"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您没有权限执行此操作")));
	}

	private ResultActions createViaApi(String username, String role, String college) throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("username", username);
		body.put("displayName", "接口创建");
		body.put("role", role);
		body.put("college", college);
		body.put("password", "Initial2026ok");
		return mvc.perform(post("/api/v1/admin/accounts").session(admin).with(csrf().asHeader())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
	}
}
