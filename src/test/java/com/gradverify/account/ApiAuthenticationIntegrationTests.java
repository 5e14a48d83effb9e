package com.gradverify.account;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ApiAuthenticationIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	StudentAccounts students;

	@Autowired
	StaffAccounts staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountSecurityProperties properties;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = AccountFixtures.mockMvc(context);
	}

	@Test
	void unauthenticatedApiCallsGetA401ProblemNotARedirect() throws Exception {
		mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"))
			.andExpect(header().doesNotExist("Location"));
	}

	@Test
	void aTokenAuthenticatesApiCallsWithoutCsrfOrSession() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String token = issueToken(reviewer, AccountFixtures.STAFF_PASSWORD)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").value(not(emptyOrNullString())))
			.andExpect(jsonPath("$.expiresAt").isString())
			.andReturn().getResponse().getContentAsString();
		String bearer = "Bearer " + json.readTree(token).get("token").asString();

		var result = mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(reviewer))
			.andExpect(jsonPath("$.role").value("SCHOOL_REVIEWER"))
			.andExpect(jsonPath("$.idCard").doesNotExist())
			.andReturn();
		org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession(false)).isNull();

		// a POST with the token needs no CSRF token
		mvc.perform(post("/api/v1/me/password").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"" + AccountFixtures.STAFF_PASSWORD + "\",\"newPassword\":\"Changed2026ok\"}"))
			.andExpect(status().isNoContent());
	}

	@Test
	void storedTokensAreHashesAndExpire() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String token = json.readTree(issueToken(reviewer, AccountFixtures.STAFF_PASSWORD).andReturn().getResponse()
			.getContentAsString()).get("token").asString();
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t")
			.param("t", token).query(Long.class).single()).isZero();

		jdbc.sql("""
				update api_token set expires_at = now() - interval '1 second'
				where account_id = (select id from account where username = :u)""").param("u", reviewer).update();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
	}

	@Test
	void badCredentialsAnswer401AndFiveFailuresLockTheTokenApiToo() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		issueToken("nobody-" + reviewer, "Wrong2026xx").andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
		for (int attempt = 1; attempt <= 4; attempt++) {
			issueToken(reviewer, "Wrong2026xx").andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
		}
		issueToken(reviewer, "Wrong2026xx").andExpect(status().isLocked())
			.andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"))
			.andExpect(jsonPath("$.minutes").value(15));
		issueToken(reviewer, AccountFixtures.STAFF_PASSWORD).andExpect(status().isLocked());
	}

	@Test
	void theTokenApiLocksAUsernameOnlyAtTheAddressTheFailuresCameFrom() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String attacker = AccountFixtures.uniqueAddress();
		for (int attempt = 1; attempt <= 4; attempt++) {
			issueToken(AccountFixtures.from(attacker), reviewer, "Wrong2026xx").andExpect(status().isUnauthorized());
		}
		issueToken(AccountFixtures.from(attacker), reviewer, "Wrong2026xx").andExpect(status().isLocked())
			.andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
		issueToken(AccountFixtures.from(attacker), reviewer, AccountFixtures.STAFF_PASSWORD).andExpect(status().isLocked());

		issueToken(AccountFixtures.from(AccountFixtures.uniqueAddress()), reviewer, AccountFixtures.STAFF_PASSWORD)
			.andExpect(status().isOk());
	}

	@Test
	void aLockedAddressIsTooManyRequestsForEveryUsername() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String sprayer = AccountFixtures.uniqueAddress();
		// as the failure that reached the maximum leaves it
		jdbc.sql("""
				insert into login_address_throttle (client_address, attempts, locked_until, last_attempt_at)
				values (:a, :max, now() + interval '10 minutes', now())""")
			.param("a", sprayer)
			.param("max", properties.maxAddressFailures())
			.update();

		issueToken(AccountFixtures.from(sprayer), reviewer, AccountFixtures.STAFF_PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("ADDRESS_LOCKED"))
			.andExpect(jsonPath("$.minutes").value(10))
			.andExpect(jsonPath("$.detail").value("您所在的网络登录失败次数过多，暂时无法登录，请 10 分钟后再试"))
			.andExpect(header().string("Retry-After", "600"));
		issueToken(reviewer, AccountFixtures.STAFF_PASSWORD).andExpect(status().isOk());
	}

	@Test
	void aUsernameWithoutAnAccountGetsTheSameAnswersAndLockOnTheTokenApi() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		for (String username : new String[] { reviewer, "nobody-" + reviewer }) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				issueToken(username, "Wrong2026xx").andExpect(status().isUnauthorized())
					.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"))
					.andExpect(jsonPath("$.detail").value("用户名或密码错误"));
			}
			issueToken(username, "Wrong2026xx").andExpect(status().isLocked())
				.andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"))
				.andExpect(jsonPath("$.minutes").value(15))
				.andExpect(jsonPath("$.detail").value("密码错误次数过多，账户已锁定，请 15 分钟后再试"));
			issueToken(username, "Wrong2026xx").andExpect(status().isLocked());
		}
	}

	@Test
	void changingThePasswordWithATokenKeepsThatTokenAndRevokesTheOthersAndTheSessions() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String changing = bearer(reviewer, AccountFixtures.STAFF_PASSWORD);
		String other = bearer(reviewer, AccountFixtures.STAFF_PASSWORD);
		var session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);

		changePassword(changing, AccountFixtures.STAFF_PASSWORD, "Changed2026ok").andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me").header("Authorization", changing)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", other))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
		mvc.perform(get("/api/v1/me").session(session))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"));
	}

	@Test
	void withTheDefaultPasswordTheApiOnlyAllowsChangingIt() throws Exception {
		String idCard = AccountFixtures.idCard(512);
		String student = AccountFixtures.student(students, idCard);
		String defaultPassword = idCard.substring(12);
		String bearer = "Bearer " + json.readTree(issueToken(student, defaultPassword).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).get("token").asString();

		mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("PASSWORD_CHANGE_REQUIRED"));

		changePassword(bearer, "wrong1", "Better2026x").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
			.andExpect(jsonPath("$.errors[0].code").value("password.current.wrong"));
		changePassword(bearer, defaultPassword, "abc").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].code").value("password.tooShort"));
		changePassword(bearer, defaultPassword, "Tea-" + defaultPassword + "-cup").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"))
			.andExpect(jsonPath("$.errors[0].code").value("password.containsDefault"))
			.andExpect(jsonPath("$.errors[0].message").value("密码不能包含默认密码（身份证号后六位）"));
		changePassword(bearer, defaultPassword, "Better2026x").andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/me").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(student))
			.andExpect(jsonPath("$.graduationYear").value(2026))
			.andExpect(jsonPath("$.passwordChangeRequired").value(false));
	}

	@Test
	void pageScriptsCallTheApiWithTheSessionAndItsCsrfToken() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		var session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(reviewer));
		String body = "{\"currentPassword\":\"" + AccountFixtures.STAFF_PASSWORD + "\",\"newPassword\":\"Changed2026ok\"}";
		mvc.perform(post("/api/v1/me/password").session(session).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("CSRF_TOKEN_INVALID"));
		mvc.perform(post("/api/v1/me/password").session(session).with(csrf().asHeader())
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isNoContent());
	}

	@Test
	void aStrayAuthorizationHeaderDoesNotExcuseASessionFromCsrf() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		var session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		String body = "{\"currentPassword\":\"" + AccountFixtures.STAFF_PASSWORD + "\",\"newPassword\":\"Changed2026\"}";
		for (String header : new String[] { "Basic eHh4Onl5eQ==", "Token abc", "Bearer" }) {
			mvc.perform(post("/api/v1/me/password").session(session).header("Authorization", header)
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("CSRF_TOKEN_INVALID"));
		}
		// the password did not change
		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
	}

	@Test
	void aValidTokenNeedsNoCsrfEvenBesideASessionCookie() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		var session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		String bearer = bearer(reviewer, AccountFixtures.STAFF_PASSWORD);

		mvc.perform(post("/api/v1/me/password").session(session).header("Authorization", "Bearer not-a-token")
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
		mvc.perform(post("/api/v1/me/password").session(session).header("Authorization", bearer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"" + AccountFixtures.STAFF_PASSWORD + "\",\"newPassword\":\"Lantern-Quiver-58\"}"))
			.andExpect(status().isNoContent());
	}

	@Test
	void theOpenApiDocumentDescribesTheAccountEndpoints() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("reviewer").roles(Role.SCHOOL_REVIEWER.name())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/auth/token'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/password'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/accounts'].post").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
	}

	/** The Authorization header value of a new token. */
	private String bearer(String username, String password) throws Exception {
		return "Bearer " + json.readTree(issueToken(username, password).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).get("token").asString();
	}

	private ResultActions issueToken(String username, String password) throws Exception {
		return issueToken(request -> request, username, password);
	}

	private ResultActions issueToken(RequestPostProcessor client, String username, String password) throws Exception {
		return mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("username", username, "password", password)))
			.with(client));
	}

	private ResultActions changePassword(String bearer, String current, String newPassword) throws Exception {
		return mvc.perform(post("/api/v1/me/password").header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("currentPassword", current, "newPassword", newPassword))));
	}
}
