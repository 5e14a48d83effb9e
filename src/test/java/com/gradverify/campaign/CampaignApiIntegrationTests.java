package com.gradverify.campaign;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/admin/campaigns}: who may use it, creating, changing, and every refusal at its field. */
@IntegrationTest
class CampaignApiIntegrationTests {

	/**
	 * Each test's campaigns in a 届 of their own, so that no window overlaps another test's; 届 before any
	 * other test's (2019, 2021, 2026), so that no list's default 届 changes.
	 */
	static final AtomicInteger YEARS = new AtomicInteger(2000);

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	com.gradverify.audit.AuditTrail audit;

	MockMvc mvc;

	Graduates graduates;

	SignedInAccount school;

	long college;

	int year;

	/** The calendar year of the test's campaigns, in the future, so that they are upcoming. */
	int at;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		college = graduates.college();
		year = YEARS.getAndIncrement();
		at = year + 100;
	}

	@Test
	void createsListsAndChangesACampaignWithItsVersion() throws Exception {
		String created = mvc.perform(as(school, post("/api/v1/admin/campaigns")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"graduationYear": %d, "name": "生源信息采集", "opensAt": "%d-03-01T09:00:00+08:00",
					 "closesAt": "%d-04-30T17:00:00+08:00",
					 "collegeDeadlines": [{"collegeId": %d, "deadline": "%d-04-15T17:00:00+08:00"}]}"""
				.formatted(year, at, at, college, at)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/admin/campaigns/")))
			.andExpect(jsonPath("$.graduationYear").value(year))
			.andExpect(jsonPath("$.opensAt").value(at + "-03-01T01:00:00Z"))
			.andExpect(jsonPath("$.collegeDeadlines[0].collegeId").value(college))
			.andExpect(jsonPath("$.phase").value("UPCOMING"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString();
		long id = JsonMapper.builder().build().readTree(created).get("id").asLong();

		mvc.perform(as(school, get("/api/v1/admin/campaigns")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) id)));

		mvc.perform(as(school, patch("/api/v1/admin/campaigns/" + id)).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": 0, "closesAt": "%d-05-10T17:00:00+08:00"}""".formatted(at)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closesAt").value(at + "-05-10T09:00:00Z"))
			.andExpect(jsonPath("$.name").value("生源信息采集"))
			.andExpect(jsonPath("$.collegeDeadlines[0].collegeId").value(college))
			.andExpect(jsonPath("$.version").value(1));

		// the second of two editors who read version 0
		mvc.perform(as(school, patch("/api/v1/admin/campaigns/" + id)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"name\": \"改名\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("concurrent.modification"));

		org.assertj.core.api.Assertions.assertThat(audit.of("campaign", Long.toString(id)))
			.extracting(com.gradverify.audit.AuditTrail.AuditEntry::action)
			.containsExactly("campaign.created", "campaign.changed");
	}

	@Test
	void refusesEveryBrokenRuleAtItsFieldAndChangesNothing() throws Exception {
		mvc.perform(as(school, post("/api/v1/admin/campaigns")).contentType(MediaType.APPLICATION_JSON).content("""
				{"graduationYear": %d, "name": "", "opensAt": "%d-04-30T17:00:00+08:00",
				 "closesAt": "%d-03-01T09:00:00+08:00",
				 "collegeDeadlines": [{"collegeId": 987654321, "deadline": "%d-04-15T17:00:00+08:00"}]}"""
			.formatted(year, at, at, at)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("campaign.closesAt.notAfterOpening")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("collegeDeadlines[0].collegeId")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("campaign.collegeDeadline.unknownCollege")));

		mvc.perform(as(school, post("/api/v1/admin/campaigns")).contentType(MediaType.APPLICATION_JSON).content("""
				{"graduationYear": %d, "name": "采集", "opensAt": "%d-03-01T09:00:00+08:00",
				 "closesAt": "%d-04-30T17:00:00+08:00",
				 "collegeDeadlines": [{"collegeId": %d, "deadline": "%d-05-15T17:00:00+08:00"}]}"""
			.formatted(year, at, at, college, at)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("collegeDeadlines[0].deadline"))
			.andExpect(jsonPath("$.errors[0].code").value("campaign.collegeDeadline.outsideWindow"));

		mvc.perform(as(school, post("/api/v1/admin/campaigns")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"graduationYear\": 1999, \"name\": \"采集\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("graduationYear"));

		org.assertj.core.api.Assertions
			.assertThat(jdbc.sql("select count(*) from campaign where graduation_year = :year").param("year", year)
				.query(Integer.class).single())
			.isZero();
	}

	@Test
	void windowsOfOneYearMayNotOverlapButFollowEachOther() throws Exception {
		create(year, "%d-03-01T09:00:00+08:00", "%d-04-30T17:00:00+08:00").andExpect(status().isCreated());
		create(year, "%d-04-01T09:00:00+08:00", "%d-05-30T17:00:00+08:00")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opensAt"))
			.andExpect(jsonPath("$.errors[0].code").value("campaign.overlaps"));
		// a later round may open when the first closes; another 届 is another matter
		create(year, "%d-04-30T17:00:00+08:00", "%d-05-30T17:00:00+08:00").andExpect(status().isCreated());
		create(YEARS.getAndIncrement(), "%d-03-01T09:00:00+08:00", "%d-04-30T17:00:00+08:00")
			.andExpect(status().isCreated());
	}

	@Test
	void schoolReviewersAndAdministratorsMayCollegeReviewersMayNot() throws Exception {
		mvc.perform(as(graduates.reviewer(Role.ADMIN, null), get("/api/v1/admin/campaigns"))).andExpect(status().isOk());
		mvc.perform(as(graduates.reviewer(Role.COLLEGE_REVIEWER, college), get("/api/v1/admin/campaigns")))
			.andExpect(status().isForbidden());
		mvc.perform(as(graduates.reviewer(Role.COLLEGE_REVIEWER, college), get("/admin/campaigns")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOpenApiDocumentDescribesTheCampaignApi() throws Exception {
		mvc.perform(as(school, get("/v3/api-docs")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/campaigns'].post.summary").value("创建采集批次"))
			.andExpect(jsonPath("$.paths['/api/v1/admin/campaigns/{id}'].patch").exists())
			.andExpect(jsonPath("$.components.schemas.NewCampaignRequest.properties.collegeDeadlines").exists());
	}

	private org.springframework.test.web.servlet.ResultActions create(int graduationYear, String opens, String closes)
			throws Exception {
		return mvc.perform(as(school, post("/api/v1/admin/campaigns")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"graduationYear": %d, "name": "采集", "opensAt": "%s", "closesAt": "%s"}"""
				.formatted(graduationYear, opens.formatted(graduationYear + 100),
						closes.formatted(graduationYear + 100))));
	}

	static MockHttpServletRequestBuilder as(SignedInAccount account, MockHttpServletRequestBuilder request) {
		return request.with(authentication(SignedInAuthentication.of(account))).with(csrf());
	}
}
