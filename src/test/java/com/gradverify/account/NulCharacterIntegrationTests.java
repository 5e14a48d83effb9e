package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** NUL (U+0000) cannot be stored by PostgreSQL: input carrying it is refused with 400 and changes nothing. */
@IntegrationTest
class NulCharacterIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = AccountFixtures.mockMvc(context);
	}

	@Test
	void aLoginWithNulIsRefusedAndNotCounted() throws Exception {
		String username = AccountFixtures.uniqueName("nul") + "\u0000x";
		mvc.perform(post("/login").param("username", username).param("password", "secret").with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from login_throttle where username like :p")
			.param("p", username.substring(0, username.indexOf('\u0000')) + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theApiAnswersAProblemForNulInParametersAndInJson() throws Exception {
		mvc.perform(get("/api/v1/reference/divisions").param("parent", "43\u0000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("NUL_CHARACTER"));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"a\\u0000b\",\"password\":\"secret\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aPageFormWithNulIsRefusedBeforeItReachesTheApplication() throws Exception {
		String reviewer = AccountFixtures.staff(context.getBean(StaffAccounts.class), Role.SCHOOL_REVIEWER, null, false);
		var session = AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
		mvc.perform(post("/account/password").session(session)
			.param("currentPassword", AccountFixtures.STAFF_PASSWORD)
			.param("newPassword", "New\u0000Pass2027")
			.param("confirmPassword", "New\u0000Pass2027")
			.with(csrf())).andExpect(status().isBadRequest());
		AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD);
	}
}
