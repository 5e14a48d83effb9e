package com.gradverify.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Page links are written as the templates name them, not resolved through the static-resource chain
 * for every {@code @{…}} (issue 14: that chain's class-path lookups made the form page 2% of a static
 * asset under load), and the static assets are served all the same; the template engine has the
 * non-fair locks of {@link ThymeleafDefinitionLocks}.
 */
@IntegrationTest
class PageLinksIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Test
	void noFilterSendsLinksThroughTheResourceChain() {
		assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
	}

	@Test
	void theApplicationsTemplateEngineHasNonFairDefinitionLocks() throws Exception {
		var configuration = ((TemplateEngine) context.getBean(ITemplateEngine.class)).getConfiguration();
		assertThat(ThymeleafDefinitionLocks.locks(configuration)).isNotEmpty()
			.allSatisfy(lock -> assertThat(((ReentrantReadWriteLock) lock).isFair()).isFalse());
	}

	@Test
	void pagesLinkTheAssetsAndTheAssetsAreServed() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
		String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(login).contains("href=\"/css/app.css\"", "src=\"/js/app.js\"");
		mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		mvc.perform(get("/js/app.js")).andExpect(status().isOk());
	}
}
