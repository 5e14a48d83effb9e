package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.ConflictException;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's actions on existing accounts, through the pages and the API, against the
 * real sign-in: what each changes for the account's owner, and that each is audited without a
 * password.
 */
@IntegrationTest
class AccountAdministrationIntegrationTests {

	private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("id=\"temporary-password\">([^<]+)<");

	@Autowired
	WebApplicationContext context;

	@Autowired
	StaffAccounts staff;

	@Autowired
	AccountAdministration administration;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	String adminName;

	MockHttpSession admin;

	@BeforeEach
	void setUp() throws Exception {
		mvc = AccountFixtures.mockMvc(context);
		adminName = AccountFixtures.staff(staff, Role.ADMIN, null, false);
		admin = AccountFixtures.login(mvc, adminName, AccountFixtures.STAFF_PASSWORD);
	}

	@Test
	void resettingAStaffPasswordShowsATemporaryPasswordOnceThatMustBeChanged() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		long id = id(reviewer);
		MockHttpSession session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		String token = token(reviewer, AccountFixtures.STAFF_PASSWORD);

		String page = mvc.perform(post("/admin/accounts/{id}/reset-password", id).session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().string(containsString("只显示这一次")))
			.andReturn().getResponse().getContentAsString();
		String temporary = temporaryPassword(page);

		assertThat(PasswordRules.strength("password", temporary, new PasswordRules.Owner("cs01", null))).isEmpty();
		mvc.perform(get("/reviews").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/login").param("username", reviewer).param("password", AccountFixtures.STAFF_PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		MockHttpSession renewed = AccountFixtures.login(mvc, reviewer, temporary);
		mvc.perform(get("/reviews").session(renewed)).andExpect(redirectedUrl("/account/password"));

		// the page showing it is the only place the password is: not in the session, not in the audit trail
		mvc.perform(get("/admin/accounts").param("q", reviewer).session(admin))
			.andExpect(content().string(not(containsString(temporary))));
		assertThat(audit.of("account", String.valueOf(id))).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("account.password-reset");
			assertThat(entry.actor()).isEqualTo(adminName);
			assertThat(entry.details()).containsEntry("username", reviewer).containsEntry("password", "TEMPORARY");
			assertThat(entry.details().toString()).doesNotContain(temporary);
		});
	}

	@Test
	void theApiAnswersAStaffResetWithTheTemporaryPasswordAndAStudentResetWithout() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.COLLEGE_REVIEWER, AccountFixtures.college(jdbc), false);
		String body = mvc.perform(post("/api/v1/admin/accounts/{id}/password-reset", id(reviewer)).session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(jsonPath("$.username").value(reviewer))
			.andReturn().getResponse().getContentAsString();
		AccountFixtures.login(mvc, reviewer, json.readTree(body).get("temporaryPassword").asString());

		mvc.perform(post("/api/v1/admin/accounts/{id}/password-reset", Long.MAX_VALUE).session(admin).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("account.notFound"));
	}

	@Test
	void aDisabledAccountCannotSignInAndItsSessionsAndTokensEndUntilEnabledAgain() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		long id = id(reviewer);
		MockHttpSession session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		String token = token(reviewer, AccountFixtures.STAFF_PASSWORD);

		mvc.perform(post("/admin/accounts/{id}/disable", id).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("flashSuccess", containsString(reviewer)));

		mvc.perform(get("/reviews").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("TOKEN_INVALID"));
		mvc.perform(post("/login").param("username", reviewer).param("password", AccountFixtures.STAFF_PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/admin/accounts").param("q", reviewer).session(admin))
			.andExpect(content().string(containsString("已停用")));

		mvc.perform(post("/api/v1/admin/accounts/{id}/enable", id).session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true));
		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		// the token issued before the account was disabled stays revoked
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		assertThat(audit.of("account", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
			.containsSubsequence("account.disabled", "account.enabled");
	}

	@Test
	void theLastEnabledAdministratorCannotBeDisabled() throws Exception {
		long self = id(adminName);
		withOnlyTheseAdministratorsEnabled(List.of(self), () -> {
			mvc.perform(post("/api/v1/admin/accounts/{id}/disable", self).session(admin).with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.code").value("account.lastAdmin"));
			mvc.perform(post("/admin/accounts/{id}/disable", self).session(admin).with(csrf()))
				.andExpect(redirectedUrl("/admin/accounts"))
				.andExpect(flash().attribute("flashError", containsString("最后一个启用的管理员")));
			assertThat(enabled(self)).isTrue();
			mvc.perform(get("/admin/accounts").session(admin)).andExpect(status().isOk());
		});
	}

	@Test
	void ofTwoAdministratorsDisabledAtOnceTheSecondWaitsAndIsRefused() throws Exception {
		long first = id(AccountFixtures.staff(staff, Role.ADMIN, null, false));
		long second = id(AccountFixtures.staff(staff, Role.ADMIN, null, false));
		withOnlyTheseAdministratorsEnabled(List.of(first, second), () -> {
			var firstDisabled = new CountDownLatch(1);
			var commitFirst = new CountDownLatch(1);
			CompletableFuture<Void> one = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
				administration.disable(first, adminName);
				firstDisabled.countDown();
				await(commitFirst);
			}));
			assertThat(firstDisabled.await(10, TimeUnit.SECONDS)).isTrue();
			CompletableFuture<Void> two = CompletableFuture.runAsync(() -> administration.disable(second, adminName));
			// the second request is held by the first one's lock on the administrators' rows ...
			assertThatThrownBy(() -> two.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
			commitFirst.countDown();
			one.get(10, TimeUnit.SECONDS);
			// ... and then sees that the administrator it would disable is the last one
			assertThatThrownBy(() -> two.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.cause()
				.isInstanceOf(ConflictException.class)
				.hasMessage("account.lastAdmin");
			assertThat(enabled(first)).isFalse();
			assertThat(enabled(second)).isTrue();
		});
	}

	@Test
	void unlockingLetsALockedUsernameSignInAtOnce() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		long id = id(reviewer);
		for (int attempt = 0; attempt < 5; attempt++) {
			failLogin(reviewer, "Wrong2026xx");
		}
		failLogin(reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(get("/admin/accounts").param("q", reviewer).session(admin))
			.andExpect(content().string(containsString("已锁定")))
			.andExpect(content().string(containsString("/admin/accounts/" + id + "/unlock")));

		mvc.perform(post("/admin/accounts/{id}/unlock", id).session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("flashSuccess", containsString(reviewer)));

		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		assertThat(audit.of("account", String.valueOf(id))).extracting(AuditTrail.AuditEntry::action)
			.contains("account.unlocked");
	}

	@Test
	void movingACollegeReviewerMovesWhatTheyReviewAfterSigningInAgain() throws Exception {
		var graduates = new Graduates(jdbc, binding, verification);
		long collegeA = graduates.college();
		long collegeB = graduates.college();
		long applicationA = graduates.submitted(graduates.graduate(collegeA)).applicationId();
		long applicationB = graduates.submitted(graduates.graduate(collegeB)).applicationId();
		String reviewer = AccountFixtures.staff(staff, Role.COLLEGE_REVIEWER, graduates.collegeName(collegeA), false);
		long id = id(reviewer);
		MockHttpSession before = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(get("/reviews/VERIFICATION/{id}", applicationA).session(before)).andExpect(status().isOk());

		mvc.perform(get("/admin/accounts/{id}/college", id).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(graduates.collegeName(collegeA))));
		mvc.perform(post("/admin/accounts/{id}/college", id).session(admin).with(csrf())
				.param("college", graduates.collegeName(collegeB)))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("flashSuccess", containsString(graduates.collegeName(collegeB))));

		mvc.perform(get("/reviews").session(before)).andExpect(redirectedUrl("/login"));
		MockHttpSession after = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(get("/reviews/VERIFICATION/{id}", applicationA).session(after)).andExpect(status().isNotFound());
		mvc.perform(get("/reviews/VERIFICATION/{id}", applicationB).session(after)).andExpect(status().isOk());
		assertThat(audit.of("account", String.valueOf(id))).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("account.college-changed");
			assertThat(entry.details()).containsEntry("fromCollege", graduates.collegeName(collegeA))
				.containsEntry("toCollege", graduates.collegeName(collegeB));
		});
	}

	@Test
	void theCollegeFormAndApiNameAWrongCollegeAndRefuseOtherRoles() throws Exception {
		String college = AccountFixtures.college(jdbc);
		long reviewer = id(AccountFixtures.staff(staff, Role.COLLEGE_REVIEWER, college, false));
		mvc.perform(post("/admin/accounts/{id}/college", reviewer).session(admin).with(csrf()).param("college", "没有这个学院"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "college", "account.college.unknown"));
		mvc.perform(put("/api/v1/admin/accounts/{id}/college", reviewer).session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"college\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("college"))
			.andExpect(jsonPath("$.errors[0].code").value("account.college.required"));
		String other = AccountFixtures.college(jdbc);
		mvc.perform(put("/api/v1/admin/accounts/{id}/college", reviewer).session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("college", other))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.college").value(other));

		long school = id(AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false));
		mvc.perform(put("/api/v1/admin/accounts/{id}/college", school).session(admin).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("college", other))))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("account.collegeReviewer.notFound"));
		mvc.perform(get("/admin/accounts/{id}/college", school).session(admin))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attributeExists("flashError"));
	}

	@Test
	void theAccountsPageAsksBeforeDestructiveActionsWithoutInlineScript() throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.COLLEGE_REVIEWER, AccountFixtures.college(jdbc), false);
		String page = mvc.perform(get("/admin/accounts").param("q", reviewer).session(admin))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-confirm=\"确定停用账户 " + reviewer)
			.contains("data-confirm=\"确定为 " + reviewer)
			.contains("/js/app.js")
			.contains("/admin/accounts/" + id(reviewer) + "/college")
			.doesNotContainPattern("\\son[a-z]+=")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
	}

	/** Runs {@code body} with every other administrator disabled, and enables them again afterwards. */
	private void withOnlyTheseAdministratorsEnabled(List<Long> kept, ThrowingRunnable body) throws Exception {
		List<Long> others = jdbc.sql("""
				update account set enabled = false
				where role = 'ADMIN' and enabled and not (id = any (cast(:kept as bigint[]))) returning id""")
			.param("kept", kept.toArray(Long[]::new))
			.query(Long.class)
			.list();
		try {
			body.run();
		}
		finally {
			jdbc.sql("update account set enabled = true where id = any (cast(:ids as bigint[]))")
				.param("ids", others.toArray(Long[]::new))
				.update();
		}
	}

	private void failLogin(String username, String password) throws Exception {
		mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	private String token(String username, String password) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsString(Map.of("username", username, "password", password))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return json.readTree(body).get("token").asString();
	}

	private static String temporaryPassword(String page) {
		Matcher matcher = TEMPORARY_PASSWORD.matcher(page);
		assertThat(matcher.find()).as("temporary password on the page").isTrue();
		return matcher.group(1);
	}

	private long id(String username) {
		return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class).single();
	}

	private boolean enabled(long id) {
		return jdbc.sql("select enabled from account where id = :id").param("id", id).query(Boolean.class).single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;
	}
}
