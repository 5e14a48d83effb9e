package com.gradverify.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.agreement.AgreementFixtures;
import com.gradverify.agreement.AgreementService;
import com.gradverify.agreement.AgreementView;
import com.gradverify.agreement.BreachService;
import com.gradverify.agreement.BreachView;
import com.gradverify.review.ReviewService;
import com.gradverify.support.GraduationYearChecks;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The review queues of every kind (实名认证, 协议, 违约) list one 届: the one asked for, else the
 * latest with open work. Graduates of {@link GraduationYearChecks#OTHER_YEAR} are fully decided, so
 * the default is {@link Graduates#YEAR}, where an application of this test waits.
 */
@IntegrationTest
class QueueGraduationYearIntegrationTests {

	private static final int OTHER = GraduationYearChecks.OTHER_YEAR;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ReviewService reviews;

	@Autowired
	AgreementService agreements;

	@Autowired
	BreachService breaches;

	@Autowired
	JsonMapper json;

	MockMvc mvc;

	AgreementFixtures fixtures;

	/** This 届's: waiting for the college. */
	Graduate waiting;

	/** This 届's: verified, agreement approved, breach waiting for the college. */
	Graduate breaching;

	/** The other 届's: verified, agreement approved, breach approved (nothing open). */
	Graduate older;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
		Graduates otherYear = fixtures.graduates.inYear(OTHER);

		waiting = fixtures.graduates.graduate(fixtures.college);
		fixtures.graduates.submitted(waiting);
		breaching = fixtures.verified();
		breach(breaching, approvedAgreement(breaching));

		older = otherYear.graduate(fixtures.college);
		fixtures.approveBoth("VERIFICATION", otherYear.submitted(older).applicationId());
		fixtures.approveBoth("BREACH", breach(older, approvedAgreement(older)));
	}

	@Test
	void everyKindOfQueueListsTheChosenYearOnly() throws Exception {
		String all = "/api/v1/reviews?kind=ALL&state=ALL&collegeId=" + fixtures.college;
		mvc.perform(get(all).param("graduationYear", Integer.toString(OTHER)).with(as(fixtures.schoolReviewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.graduationYear").value(OTHER))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].kind", containsInAnyOrder("VERIFICATION", "AGREEMENT", "BREACH")))
			.andExpect(jsonPath("$.items[*].studentNo", containsInAnyOrder(no(older), no(older), no(older))));
		mvc.perform(get(all).param("graduationYear", Integer.toString(Graduates.YEAR)).with(as(fixtures.schoolReviewer)))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[*].studentNo",
					containsInAnyOrder(no(waiting), no(breaching), no(breaching), no(breaching))));
		for (String kind : new String[] { "VERIFICATION", "AGREEMENT", "BREACH" }) {
			mvc.perform(get("/api/v1/reviews?state=ALL&collegeId=" + fixtures.college).param("kind", kind)
				.param("graduationYear", Integer.toString(OTHER))
				.with(as(fixtures.schoolReviewer)))
				.andExpect(jsonPath("$.items[*].studentNo", containsInAnyOrder(no(older))));
		}
	}

	@Test
	void withoutAYearTheQueueShowsTheLatestYearWithOpenWork() throws Exception {
		// the other 届 has nothing waiting; this 届 has this test's waiting application
		mvc.perform(get("/api/v1/reviews?kind=ALL&state=ALL&collegeId=" + fixtures.college)
			.with(as(fixtures.schoolReviewer)))
			.andExpect(jsonPath("$.graduationYear").value(Graduates.YEAR))
			.andExpect(jsonPath("$.total").value(4));
		mvc.perform(get("/api/v1/reviews?kind=ALL").with(as(fixtures.collegeReviewer)))
			.andExpect(jsonPath("$.items[*].studentNo", containsInAnyOrder(no(waiting), no(breaching))));

		String page = mvc.perform(get("/reviews?kind=ALL&state=ALL").with(as(fixtures.collegeReviewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("显示 " + Graduates.YEAR + "届", no(waiting), no(breaching))
			.doesNotContain(no(older))
			.contains("<option value=\"" + Graduates.YEAR + "\" selected=\"selected\">" + Graduates.YEAR + "届</option>")
			.contains("<option value=\"" + OTHER + "\">" + OTHER + "届</option>");

		String other = mvc.perform(get("/reviews?kind=ALL&state=ALL").param("graduationYear", Integer.toString(OTHER))
			.with(as(fixtures.collegeReviewer))).andReturn().getResponse().getContentAsString();
		assertThat(other).contains("显示 " + OTHER + "届", no(older)).doesNotContain(no(waiting), no(breaching));
	}

	@Test
	void aYearThatIsNoYearIsRefused() throws Exception {
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/reviews", as(fixtures.schoolReviewer));
		var page = mvc.perform(get("/reviews").param("graduationYear", "abc").with(as(fixtures.collegeReviewer)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse();
		assertThat(page.getContentAsString()).contains("届（毕业年份）应为 2000 至 2100 之间的四位年份");
	}

	@Test
	void theOpenApiDocumentDescribesTheYearParameterOfEveryListAndExport() throws Exception {
		JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs").with(as(fixtures.schoolReviewer)))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("paths");
		for (String path : new String[] { "/api/v1/reviews", "/api/v1/amendments", "/api/v1/exports/roster.xlsx",
				"/api/v1/exports/roster.csv", "/api/v1/exports/corrections.xlsx", "/api/v1/exports/corrections.csv",
				"/api/v1/admin/accounts", "/api/v1/admin/registry/imports" }) {
			List<JsonNode> years = new ArrayList<>();
			paths.get(path).get("get").get("parameters").forEach(p -> {
				if ("graduationYear".equals(p.get("name").asString())) {
					years.add(p);
				}
			});
			assertThat(years).as(path).singleElement().satisfies(p -> {
				assertThat(p.get("in").asString()).isEqualTo("query");
				assertThat(p.get("schema").get("type").asString()).isEqualTo("integer");
				assertThat(p.get("description").asString()).contains("the latest 届 with open work");
			});
		}
	}

	private long approvedAgreement(Graduate graduate) {
		AgreementView draft = agreements.create(graduate.account(), AgreementFixtures.completeForm());
		AgreementView scanned = agreements.attachEvidence(graduate.account(), draft.id(), "协议.jpg", AgreementFixtures.scan());
		agreements.submit(graduate.account(), draft.id(), scanned.version());
		fixtures.approveBoth("AGREEMENT", draft.id());
		return draft.id();
	}

	private long breach(Graduate graduate, long agreementId) {
		BreachView draft = breaches.create(graduate.account(), agreementId, AgreementFixtures.breachForm());
		BreachView withLetter = breaches.attachEvidence(graduate.account(), draft.id(), "解约函.jpg",
				AgreementFixtures.scan());
		breaches.submit(graduate.account(), draft.id(), withLetter.version());
		return draft.id();
	}

	private static String no(Graduate graduate) {
		return graduate.account().username();
	}

	private static RequestPostProcessor as(SignedInAccount account) {
		return authentication(SignedInAuthentication.of(account));
	}
}
