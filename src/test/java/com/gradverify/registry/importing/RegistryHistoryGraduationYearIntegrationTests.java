package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.GraduationYearChecks;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The registry page's import history and the API's list of imports show one 届. */
@IntegrationTest
class RegistryHistoryGraduationYearIntegrationTests {

	/** Two 届 no other test imports. */
	private static final int EARLIER = 2023;

	private static final int LATER = 2024;

	@Autowired
	WebApplicationContext context;

	@Autowired
	RegistryImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	String earlierFile;

	String laterFile;

	UUID earlier;

	UUID later;

	@BeforeEach
	void setUp() throws Exception {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		earlierFile = "届" + EARLIER + "-" + UUID.randomUUID() + ".csv";
		laterFile = "届" + LATER + "-" + UUID.randomUUID() + ".csv";
		earlier = imported(earlierFile, EARLIER, List.of(RegistryFiles.row(EARLIER, 1), RegistryFiles.row(EARLIER, 2)));
		later = imported(laterFile, LATER, List.of(RegistryFiles.row(LATER, 1)));
		// an application waiting in Graduates.YEAR makes it the default, whatever else the database holds
		var graduates = new Graduates(jdbc, binding, verification);
		graduates.submitted(graduates.graduate(graduates.college()));
	}

	@Test
	void theApiListsTheChosenYearsImports() throws Exception {
		mvc.perform(get("/api/v1/admin/registry/imports").param("graduationYear", Integer.toString(EARLIER)).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.graduationYear").value(EARLIER))
			.andExpect(jsonPath("$.items[*].id", hasItem(earlier.toString())))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(later.toString()))))
			.andExpect(jsonPath("$.items[*].graduationYear", everyItem(is(EARLIER))));
		mvc.perform(get("/api/v1/admin/registry/imports").with(admin()))
			.andExpect(jsonPath("$.graduationYear").value(Graduates.YEAR))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(earlier.toString()))));
	}

	@Test
	void thePageShowsTheChosenYearsImportsWithASelectorOfTheYears() throws Exception {
		String page = page("/admin/registry?graduationYear=" + LATER);
		assertThat(page).contains("显示 " + LATER + "届", laterFile, "id=\"shownGraduationYear\"",
				"<option value=\"" + EARLIER + "\">" + EARLIER + "届</option>").doesNotContain(earlierFile);

		String byDefault = page("/admin/registry");
		assertThat(byDefault).contains("显示 " + Graduates.YEAR + "届").doesNotContain(earlierFile, laterFile);
	}

	@Test
	void aYearThatIsNoYearIsRefused() throws Exception {
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/admin/registry/imports", admin());
		mvc.perform(get("/admin/registry").param("graduationYear", "abc").with(admin()))
			.andExpect(status().isBadRequest());
	}

	private UUID imported(String name, int year, List<java.util.Map<String, String>> rows) throws Exception {
		byte[] csv = RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8);
		UUID id = imports.start(name, csv.length, new ByteArrayInputStream(csv), year, "admin");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while ("RUNNING".equals(imports.status(id).orElseThrow().status())) {
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(100);
		}
		assertThat(imports.status(id).orElseThrow().status()).isEqualTo("DONE");
		return id;
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(admin())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}
}
