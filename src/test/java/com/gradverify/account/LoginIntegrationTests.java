package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class LoginIntegrationTests {

	private static final Pattern ERROR_MESSAGE = Pattern.compile("class=\"alert-error\" role=\"alert\"[^>]*>([^<]*)<");

	@Autowired
	WebApplicationContext context;

	@Autowired
	StudentAccounts students;

	@Autowired
	StaffAccounts staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Authenticator authenticator;

	@Autowired
	AccountSecurityProperties properties;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = AccountFixtures.mockMvc(context);
	}

	@Test
	void loginPageIsPublicAndInChinese() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("用户名（学号）")));
	}

	@Test
	void pagesRedirectAnonymousVisitorsToTheLoginPage() throws Exception {
		mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffSignInAndLandOnTheirRolesStartPage() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		MockHttpSession session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/reviews"));

		String admin = AccountFixtures.staff(staff, Role.ADMIN, null, false);
		mvc.perform(get("/").session(AccountFixtures.login(mvc, admin, AccountFixtures.STAFF_PASSWORD)))
			.andExpect(redirectedUrl("/admin/registry"));
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameMessageAndKeepTheUsername() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String wrongPassword = failedLoginMessage(reviewer, "Wrong2026xx");
		String unknownUser = failedLoginMessage("nobody-" + reviewer, "Wrong2026xx");
		assertThat(wrongPassword).contains("用户名或密码错误").contains("value=\"" + reviewer + "\"");
		assertThat(unknownUser).contains("用户名或密码错误");
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutesUntilTheLockEnds() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(failedLoginMessage(reviewer, "Wrong2026xx")).contains("用户名或密码错误");
		}
		assertThat(failedLoginMessage(reviewer, "Wrong2026xx")).contains("账户已锁定，请 15 分钟后再试");
		// the right password does not help while locked
		assertThat(failedLoginMessage(reviewer, AccountFixtures.STAFF_PASSWORD)).contains("15 分钟后再试");

		jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where username = :u")
			.param("u", reviewer)
			.update();
		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		assertThat(throttleRows(reviewer)).isZero();
	}

	@Test
	void failuresFromAnotherAddressNeverLockTheOwnerOut() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		for (int attempt = 1; attempt <= 5; attempt++) {
			failedLoginMessage(AccountFixtures.from("127.0.0.2"), reviewer, "Wrong2026xx");
		}
		assertThat(failedLoginMessage(AccountFixtures.from("127.0.0.2"), reviewer, AccountFixtures.STAFF_PASSWORD)).contains("15 分钟后再试");

		// the owner, at their own address, signs in, and the lock stays where the failures came from
		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		assertThat(failedLoginMessage(AccountFixtures.from("127.0.0.2"), reviewer, AccountFixtures.STAFF_PASSWORD)).contains("15 分钟后再试");
	}

	@Test
	void xForwardedForIsIgnoredWhileNoProxyIsDeclared() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		for (int attempt = 1; attempt <= 5; attempt++) {
			// a new forged client address each time makes no new count
			String forged = "198.51.100." + attempt;
			failedLoginMessage(request -> {
				request.setRemoteAddr("127.0.0.3");
				request.addHeader("X-Forwarded-For", forged);
				return request;
			}, reviewer, "Wrong2026xx");
		}
		assertThat(failedLoginMessage(AccountFixtures.from("127.0.0.3"), reviewer, AccountFixtures.STAFF_PASSWORD)).contains("15 分钟后再试");
		// nor does the header move the owner to the locked address
		mvc.perform(post("/login").param("username", reviewer).param("password", AccountFixtures.STAFF_PASSWORD)
				.header("X-Forwarded-For", "127.0.0.3").with(csrf()))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void anAddressThatFailedTooOftenForAnyUsernamesIsLockedForAllOfThem() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String sprayer = "127.0.0.4";
		// one failure short of the maximum (which the tests set out of reach), from other usernames
		jdbc.sql("""
				insert into login_address_throttle (client_address, attempts, last_attempt_at) values (:a, :n, now())
				on conflict (client_address) do update set attempts = :n, locked_until = null, last_attempt_at = now()""")
			.param("a", sprayer)
			.param("n", properties.maxAddressFailures() - 1)
			.update();

		assertThat(errorMessage(failedLoginMessage(AccountFixtures.from(sprayer), "nobody-" + reviewer, "Wrong2026xx")))
			.isEqualTo("您所在的网络登录失败次数过多，暂时无法登录，请 15 分钟后再试");
		assertThat(errorMessage(failedLoginMessage(AccountFixtures.from(sprayer), reviewer, AccountFixtures.STAFF_PASSWORD)))
			.isEqualTo("您所在的网络登录失败次数过多，暂时无法登录，请 15 分钟后再试");
		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
	}

	@Test
	void aUsernameWithoutAnAccountIsLockedAfterFiveFailuresWithTheSameMessages() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String nobody = "nobody-" + reviewer;
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(errorMessage(failedLoginMessage(reviewer, "Wrong2026xx")))
				.isEqualTo(errorMessage(failedLoginMessage(nobody, "Wrong2026xx")))
				.isEqualTo("用户名或密码错误");
		}
		assertThat(errorMessage(failedLoginMessage(reviewer, "Wrong2026xx")))
			.isEqualTo(errorMessage(failedLoginMessage(nobody, "Wrong2026xx")))
			.isEqualTo("密码错误次数过多，账户已锁定，请 15 分钟后再试");
		// surrounding blanks make no other username
		assertThat(failedLoginMessage(" " + nobody + " ", "Wrong2026xx")).contains("15 分钟后再试");
	}

	@Test
	void concurrentFailuresAreAllCountedAndTheFifthLocks() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		int attempts = 10;
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<Class<?>>> outcomes = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				outcomes.add(pool.submit(() -> {
					start.await();
					try {
						authenticator.authenticate(reviewer, "Wrong2026xx", "127.0.0.1");
						return AccountPrincipal.class;
					}
					catch (AuthenticationException ex) {
						return ex.getClass();
					}
				}));
			}
			start.countDown();
			List<Class<?>> results = new ArrayList<>();
			for (Future<Class<?>> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			// four plain failures; the fifth locks, and the other five are refused without a check
			assertThat(results).filteredOn(BadCredentialsException.class::equals).hasSize(4);
			assertThat(results).filteredOn(AccountLockedException.class::equals).hasSize(6);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select attempts from login_throttle where username = :u").param("u", reviewer)
			.query(Integer.class).single()).isEqualTo(attempts);
		assertThat(failedLoginMessage(reviewer, AccountFixtures.STAFF_PASSWORD)).contains("15 分钟后再试");
	}

	@Test
	void failuresNobodyRepeatedForADayAreForgotten() throws Exception {
		String nobody = AccountFixtures.uniqueName("nobody");
		String stale = AccountFixtures.uniqueName("stale");
		jdbc.sql("""
				insert into login_throttle (username, client_address, attempts, last_attempt_at)
				values (:nobody, '127.0.0.1', 4, now() - interval '25 hours'), (:stale, '127.0.0.1', 4, now() - interval '25 hours')""")
			.param("nobody", nobody)
			.param("stale", stale)
			.update();
		// a failure counts afresh after a quiet day, and clears the rows of other stale usernames
		assertThat(failedLoginMessage(nobody, "Wrong2026xx")).contains("用户名或密码错误");
		assertThat(jdbc.sql("select attempts from login_throttle where username = :u").param("u", nobody)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(throttleRows(stale)).isZero();
	}

	@Test
	void successResetsTheFailureCount() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		for (int attempt = 1; attempt <= 4; attempt++) {
			failedLoginMessage(reviewer, "Wrong2026xx");
		}
		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		for (int attempt = 1; attempt <= 4; attempt++) {
			assertThat(failedLoginMessage(reviewer, "Wrong2026xx")).contains("用户名或密码错误");
		}
	}

	@Test
	void studentSignsInWithTheDefaultPasswordAndMustChangeItFirst() throws Exception {
		String idCard = AccountFixtures.idCard(371);
		String student = AccountFixtures.student(students, idCard);
		String defaultPassword = idCard.substring(12);
		MockHttpSession session = AccountFixtures.login(mvc, student, defaultPassword.toLowerCase());

		mvc.perform(get("/verification").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("首次登录请先修改密码")));

		mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", defaultPassword).param("newPassword", "short").param("confirmPassword", "x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.tooShort"))
			.andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "password.confirmMismatch"));
		mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", defaultPassword).param("newPassword", "Passw0rd").param("confirmPassword", "Passw0rd"))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.weak.common"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("这是常见密码或其简单变形")));
		mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", defaultPassword).param("newPassword", student + "-Tea")
				.param("confirmPassword", student + "-Tea"))
			.andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.containsUsername"));
		mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", "000000").param("newPassword", "Better2026x").param("confirmPassword", "Better2026x"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"));

		mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", defaultPassword).param("newPassword", "Better2026x")
				.param("confirmPassword", "Better2026x"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/home"));

		// the default password no longer works, the new one does
		assertThat(failedLoginMessage(student, defaultPassword)).contains("用户名或密码错误");
		AccountFixtures.login(mvc, student, "Better2026x");
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsButNotTheOneThatChangedIt() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		MockHttpSession changing = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		MockHttpSession other = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		MockHttpSession otherForApi = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(get("/account/password").session(other)).andExpect(status().isOk());

		mvc.perform(post("/account/password").session(changing).with(csrf())
				.param("currentPassword", AccountFixtures.STAFF_PASSWORD).param("newPassword", "Changed2026ok")
				.param("confirmPassword", "Changed2026ok"))
			.andExpect(redirectedUrl("/"));

		mvc.perform(get("/account/password").session(changing)).andExpect(status().isOk());
		mvc.perform(get("/account/password").session(other)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").session(otherForApi))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"));
		// signing in again with the new password works as before
		mvc.perform(get("/account/password").session(AccountFixtures.login(mvc, reviewer, "Changed2026ok")))
			.andExpect(status().isOk());
	}

	@Test
	void formPostsNeedTheCsrfToken() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		mvc.perform(post("/login").param("username", reviewer).param("password", AccountFixtures.STAFF_PASSWORD))
			.andExpect(status().isForbidden());
		MockHttpSession session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(post("/account/password").session(session).param("currentPassword", AccountFixtures.STAFF_PASSWORD)
				.param("newPassword", "Another2026ok").param("confirmPassword", "Another2026ok"))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		MockHttpSession session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		mvc.perform(get("/account/password").session(session)).andExpect(redirectedUrl("/login"));
	}

	private long throttleRows(String username) {
		return jdbc.sql("select count(*) from login_throttle where username = :u").param("u", username)
			.query(Long.class).single();
	}

	/** The text of the login page's error message. */
	private static String errorMessage(String page) {
		Matcher matcher = ERROR_MESSAGE.matcher(page);
		assertThat(matcher.find()).as("error message on the login page").isTrue();
		return matcher.group(1).strip();
	}

	private String failedLoginMessage(String username, String password) throws Exception {
		return failedLoginMessage(request -> request, username, password);
	}

	private String failedLoginMessage(RequestPostProcessor client, String username, String password) throws Exception {
		var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
				.with(client))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		var session = (MockHttpSession) result.getRequest().getSession(false);
		return mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void guessingTheCurrentPasswordFromAnOpenSessionLocksLikeTheLogin() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		MockHttpSession session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "guess" + i)
					.param("newPassword", "Better2026x").param("confirmPassword", "Better2026x"))
				.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.wrong"));
		}
		mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "guess4")
				.param("newPassword", "Better2026x").param("confirmPassword", "Better2026x"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.locked"));

		mvc.perform(post("/account/password").session(session).with(csrf())
				.param("currentPassword", AccountFixtures.STAFF_PASSWORD)
				.param("newPassword", "Better2026x").param("confirmPassword", "Better2026x"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.current.locked"));
		assertThat(jdbc.sql("select count(*) from login_throttle where username = :u and locked_until > now()")
			.param("u", reviewer).query(Long.class).single()).isEqualTo(1);
	}
}
