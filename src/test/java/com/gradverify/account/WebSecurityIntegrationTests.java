package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/** Response headers, who may read the API documentation, and the favicon. */
@IntegrationTest
class WebSecurityIntegrationTests {

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
	void pagesForbidInlineScriptAndStyleAndKeepTheReferrerAtHome() throws Exception {
		String policy = mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andReturn().getResponse().getHeader("Content-Security-Policy");

		assertThat(policy).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
				"object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "*");
		String reviewer = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		mvc.perform(get("/reviews").session(AccountFixtures.login(mvc, reviewer, AccountFixtures.STAFF_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", policy));
	}

	@Test
	void strictTransportSecurityGoesOutOverHttpsOnly() throws Exception {
		mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000"));
	}

	@Test
	void theApiDocumentationIsForSignedInStaff() throws Exception {
		for (String path : new String[] { "/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html" }) {
			mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
			mvc.perform(get(path).with(user("graduate").roles(Role.STUDENT.name()))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/v3/api-docs").with(user("reviewer").roles(Role.COLLEGE_REVIEWER.name())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists());
		mvc.perform(get("/swagger-ui/index.html").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-initializer.js")));
	}

	@Test
	void swaggerUiGetsInlineStylesButStillNoInlineScript() throws Exception {
		String policy = mvc.perform(get("/swagger-ui/index.html").with(staff()))
			.andReturn().getResponse().getHeader("Content-Security-Policy");

		assertThat(policy).contains("script-src 'self';", "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'");
	}

	@Test
	void theFaviconIsServedToAnyone() throws Exception {
		byte[] icon = mvc.perform(get("/favicon.ico").accept(MediaType.parseMediaType("image/*")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", not(containsString("html"))))
			.andReturn().getResponse().getContentAsByteArray();
		// an ICO header: reserved 0, type 1 (icon)
		assertThat(icon).startsWith(0, 0, 1, 0);
	}

	private static RequestPostProcessor staff() {
		return user("school").roles(Role.SCHOOL_REVIEWER.name());
	}
}
