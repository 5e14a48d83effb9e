package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * After sign-in the user lands on the page they were sent away from, whatever the browser fetched
 * in between; a session that asked for no page lands on the role's start page.
 */
@IntegrationTest
class SavedRequestIntegrationTests {

	private static final String BROWSER_ACCEPTS_PAGE = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final String BROWSER_ACCEPTS_IMAGE = "image/avif,image/webp,image/apng,image/*,*/*;q=0.8";

	@Autowired
	WebApplicationContext context;

	@Autowired
	StaffAccounts staff;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = AccountFixtures.mockMvc(context);
	}

	@Test
	void whatTheBrowserFetchesAfterThePageNeverBecomesTheTarget() throws Exception {
		var session = new MockHttpSession();
		mvc.perform(navigation("/reviews/progress").session(session)).andExpect(redirectedUrl("/login"));

		// a fresh browser on the login page asks for its icons; other clients for anything
		mvc.perform(image("/apple-touch-icon.png").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(image("/favicon.ico").session(session));
		mvc.perform(navigation("/favicon.ico").session(session));
		mvc.perform(navigation("/.well-known/change-password").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(navigation("/error").session(session));
		mvc.perform(navigation("/js/missing.js").session(session));
		mvc.perform(get("/api/v1/me").accept("application/json").session(session));
		mvc.perform(get("/verification").accept("*/*").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/verification").header("Sec-Fetch-Dest", "image").accept(BROWSER_ACCEPTS_PAGE).session(session))
			.andExpect(redirectedUrl("/login"));
		// a page script gets a 401 problem, not a redirect
		mvc.perform(navigation("/verification").header("X-Requested-With", "XMLHttpRequest").session(session))
			.andExpect(status().isUnauthorized());

		assertThat(signIn(session)).isEqualTo("http://localhost/reviews/progress?continue");
	}

	@Test
	void withoutAPageAskedForTheLoginGoesToTheRolesStartPage() throws Exception {
		var session = new MockHttpSession();
		mvc.perform(image("/apple-touch-icon-precomposed.png").session(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(navigation("/.well-known/security.txt").session(session)).andExpect(redirectedUrl("/login"));

		assertThat(signIn(session)).isEqualTo("/");
	}

	private String signIn(MockHttpSession session) throws Exception {
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		return mvc.perform(post("/login").session(session)
				.param("username", reviewer)
				.param("password", AccountFixtures.STAFF_PASSWORD)
				.with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
	}

	/** What a browser sends when the user opens a page. */
	private static MockHttpServletRequestBuilder navigation(String path) {
		return get(path).accept(BROWSER_ACCEPTS_PAGE).header("Sec-Fetch-Dest", "document");
	}

	private static MockHttpServletRequestBuilder image(String path) {
		return get(path).accept(BROWSER_ACCEPTS_IMAGE).header("Sec-Fetch-Dest", "image");
	}
}
