package com.gradverify.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * A form posted after its session ended (its CSRF token lived in that session) leads through the
 * login page back to the form page, never to the access-denied page; scripts get a 401 problem.
 */
@IntegrationTest
class SessionExpiryIntegrationTests {

	private static final String PASSWORD = "Lantern7Quiet";

	private static final String FORM_PAGE = "http://localhost/verification";

	/** The browser still sends the cookie of a session the server no longer has. */
	private static final RequestPostProcessor ENDED_SESSION = request -> {
		request.setRequestedSessionId("ended-session");
		request.setRequestedSessionIdValid(false);
		return request;
	};

	@Autowired
	WebApplicationContext context;

	@Autowired
	StudentAccounts students;

	MockMvc mvc;

	String student;

	@BeforeEach
	void setUp() throws Exception {
		mvc = AccountFixtures.mockMvc(context);
		String idCard = AccountFixtures.idCard(731);
		student = AccountFixtures.student(students, idCard);
		String defaultPassword = idCard.substring(12);
		mvc.perform(post("/account/password").session(AccountFixtures.login(mvc, student, defaultPassword)).with(csrf())
				.param("currentPassword", defaultPassword).param("newPassword", PASSWORD)
				.param("confirmPassword", PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aFormPostedWithAnEndedSessionLeadsThroughTheLoginPageBackToTheFormPage() throws Exception {
		MockHttpSession session = postTheFormAfterItsSessionEnded(ENDED_SESSION);
		signInAgainAndComeBackToTheForm(session);
	}

	@Test
	void aFormPostedWithoutAnySessionCookieDoesTheSame() throws Exception {
		signInAgainAndComeBackToTheForm(postTheFormAfterItsSessionEnded(request -> request));
	}

	@Test
	void aFormPostedWithTheTokenOfAnOldSessionInANewOneDoesTheSame() throws Exception {
		// another tab opened a page meanwhile, so the browser has a new session without the form's token
		var fresh = new MockHttpSession();
		mvc.perform(get("/login").session(fresh)).andExpect(status().isOk());
		MockHttpSession session = postTheFormAfterItsSessionEnded(request -> {
			request.setSession(fresh);
			return request;
		});
		signInAgainAndComeBackToTheForm(session);
	}

	@Test
	void aFormPostedFromAnotherSiteIsStillRefused() throws Exception {
		mvc.perform(staleFormPost().with(ENDED_SESSION).header(HttpHeaders.REFERER, "https://evil.example/verification")
				.header(HttpHeaders.ORIGIN, "https://evil.example"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theLoginFormPostedAfterItsSessionEndedShowsTheLoginPageAgainAndGoesNowhereElse() throws Exception {
		var result = mvc.perform(post("/login").with(ENDED_SESSION).param("username", student).param("password", PASSWORD)
				.param("_csrf", "token-of-the-ended-session").header(HttpHeaders.ORIGIN, "http://localhost")
				.header(HttpHeaders.REFERER, "http://localhost/login"))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn();
		var session = (MockHttpSession) result.getRequest().getSession();
		// nobody was signed in by the refused post, and nothing was saved to go back to
		mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		mvc.perform(post("/login").session(session).with(csrf()).param("username", student).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aPageOpenedWithAnEndedSessionSaysSoAndComesBackAfterTheLogin() throws Exception {
		var result = mvc.perform(get("/agreements").accept(MediaType.TEXT_HTML).with(ENDED_SESSION))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn();
		var session = (MockHttpSession) result.getRequest().getSession(false);
		mvc.perform(post("/login").session(session).with(csrf()).param("username", student).param("password", PASSWORD))
			.andExpect(header().string(HttpHeaders.LOCATION, endsWith("/agreements?continue")));
	}

	@Test
	void aSignedInStudentPostingAPageFromBeforeTheirNewSignInGetsTheFormBackNotAccessDenied() throws Exception {
		MockHttpSession session = AccountFixtures.login(mvc, student, PASSWORD);
		mvc.perform(staleFormPost().session(session).header(HttpHeaders.REFERER, FORM_PAGE))
			.andExpect(redirectedUrl("/verification"));
		mvc.perform(get("/verification").session(session))
			.andExpect(model().attribute(SessionExpiry.SUBMISSION_LOST, true))
			.andExpect(model().attribute("flashError", containsString("页面已过期")));
		// a forged post of another site still gets the refusal
		mvc.perform(staleFormPost().session(session).header(HttpHeaders.REFERER, "https://evil.example/verification"))
			.andExpect(status().isForbidden());
	}

	@Test
	void scriptsAndTheApiGetA401ProblemWhenTheSessionEnded() throws Exception {
		mvc.perform(post("/verification/origin-evidence").with(ENDED_SESSION).param("_csrf", "stale")
				.header("X-Requested-With", "XMLHttpRequest").header(HttpHeaders.REFERER, FORM_PAGE))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value(ApiProblemResponses.SESSION_EXPIRED))
			.andExpect(jsonPath("$.detail").value("登录已失效，请重新登录"));
		mvc.perform(post("/api/v1/verification/submit").with(ENDED_SESSION))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value(ApiProblemResponses.SESSION_EXPIRED));
		mvc.perform(get("/api/v1/reference/divisions").with(ENDED_SESSION))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value(ApiProblemResponses.SESSION_EXPIRED));
	}

	@Test
	void theKeepAliveAnswersWithoutContentWhileSignedInAnd401OnceTheSessionEnded() throws Exception {
		MockHttpSession session = AccountFixtures.login(mvc, student, PASSWORD);
		mvc.perform(get("/session/keep-alive").session(session).header("X-Requested-With", "XMLHttpRequest"))
			.andExpect(status().isNoContent())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
		mvc.perform(get("/session/keep-alive").with(ENDED_SESSION).header("X-Requested-With", "XMLHttpRequest"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value(ApiProblemResponses.SESSION_EXPIRED));
	}

	/** The 实名认证 form's 保存 as the browser sends it, with the token of a session that is gone. */
	private MockHttpServletRequestBuilder staleFormPost() {
		return post("/verification").param("action", "save")
			.param("version", "0")
			.param("name", "张三")
			.param("_csrf", "token-of-the-ended-session");
	}

	private MockHttpSession postTheFormAfterItsSessionEnded(RequestPostProcessor sessionState) throws Exception {
		var result = mvc.perform(staleFormPost().with(sessionState).header(HttpHeaders.REFERER, FORM_PAGE))
			.andExpect(redirectedUrl("/login?expired"))
			.andReturn();
		var session = (MockHttpSession) result.getRequest().getSession(false);
		mvc.perform(get("/login").param("expired", "").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录已失效，请重新登录")));
		return session;
	}

	private void signInAgainAndComeBackToTheForm(MockHttpSession session) throws Exception {
		mvc.perform(post("/login").session(session).with(csrf()).param("username", student).param("password", PASSWORD))
			.andExpect(redirectedUrl(FORM_PAGE + "?continue"));
		// the form page is told that the post never arrived, so the page script restores what was typed
		mvc.perform(get("/verification").param("continue", "").session(session))
			.andExpect(status().isOk())
			.andExpect(model().attribute(SessionExpiry.SUBMISSION_LOST, true));
	}
}
