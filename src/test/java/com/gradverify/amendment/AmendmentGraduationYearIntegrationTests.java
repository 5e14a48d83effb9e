package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.audit.AuditTrail;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.GraduationYearChecks;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.support.PageText;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The school's queue of change requests and the 异动更正清单 list one 届. The other 届's requests are
 * all decided; this 届 has one waiting, so it is the default.
 */
@IntegrationTest
class AmendmentGraduationYearIntegrationTests {

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
	AmendmentService amendments;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReviewService reviews;

	MockMvc mvc;

	SignedInAccount school;

	long college;

	/** This 届's: approved. */
	Graduate corrected;

	/** This 届's: waiting for the school. */
	Graduate waiting;

	/** The other 届's: approved. */
	Graduate older;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		var graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		corrected = graduates.graduate(college);
		approve(request(graduates, corrected));
		waiting = graduates.graduate(college);
		request(graduates, waiting);
		Graduates otherYear = graduates.inYear(OTHER);
		older = otherYear.graduate(college);
		approve(request(otherYear, older));
		// nothing of the other 届 stays open: its 实名认证 is decided too
		long application = verification.view(older.account()).applicationId();
		reviews.decide(graduates.reviewer(Role.COLLEGE_REVIEWER, college), "VERIFICATION", application,
				Decision.APPROVE, null, null);
		reviews.decide(school, "VERIFICATION", application, Decision.APPROVE, null, null);
	}

	@Test
	void theQueueListsTheChosenYearAndDefaultsToTheLatestWithOpenRequests() throws Exception {
		mvc.perform(get("/api/v1/amendments?status=APPROVED").param("graduationYear", Integer.toString(OTHER)).with(as(school)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.graduationYear").value(OTHER))
			.andExpect(jsonPath("$.items[*].studentNo", hasItem(no(older))))
			.andExpect(jsonPath("$.items[*].studentNo", not(hasItem(no(corrected)))))
			.andExpect(jsonPath("$.counts.SUBMITTED").value(0));
		mvc.perform(get("/api/v1/amendments?status=APPROVED").with(as(school)))
			.andExpect(jsonPath("$.graduationYear").value(Graduates.YEAR))
			.andExpect(jsonPath("$.items[*].studentNo", not(hasItem(no(older)))));

		String page = mvc.perform(get("/amendments?status=APPROVED").param("graduationYear", Integer.toString(OTHER))
			.with(as(school))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("显示 " + OTHER + "届", no(older)).doesNotContain(no(corrected));
		assertThat(mvc.perform(get("/amendments").with(as(school))).andReturn().getResponse().getContentAsString())
			.contains("显示 " + Graduates.YEAR + "届")
			.doesNotContain(no(older));
	}

	@Test
	void theCorrectionsListHoldsTheChosenYearOnly() throws Exception {
		String path = "/api/v1/exports/corrections.csv?collegeId=" + college;
		assertThat(csv(path + "&graduationYear=" + OTHER)).contains(no(older)).doesNotContain(no(corrected));
		assertThat(csv(path + "&graduationYear=" + Graduates.YEAR)).contains(no(corrected)).doesNotContain(no(older));
		assertThat(csv(path)).contains(no(corrected)).doesNotContain(no(older));
		assertThat(csv("/exports/corrections.csv?collegeId=" + college + "&graduationYear=" + OTHER))
			.contains(no(older))
			.doesNotContain(no(corrected));
	}

	@Test
	void aYearThatIsNoYearIsRefusedAndNothingIsExported() throws Exception {
		int exports = audit.of("export", "corrections").size();
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/amendments", as(school));
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/exports/corrections.csv", as(school));
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/exports/corrections.xlsx", as(school));
		assertThat(audit.of("export", "corrections")).hasSize(exports);
		mvc.perform(get("/amendments").param("graduationYear", "1800").with(as(school)))
			.andExpect(status().isBadRequest());
	}

	private long request(Graduates graduates, Graduate graduate) {
		graduates.submittedWithMismatch(graduate);
		return AmendmentTestData.submitted(amendments, graduate.account(), KeyField.ETHNICITY).id();
	}

	private void approve(long id) {
		long version = amendments.detail(school, id).request().version();
		amendments.decide(school, id, AmendmentDecision.APPROVE, null, version);
	}

	private String csv(String path) throws Exception {
		return PageText.downloaded(mvc, path, as(school));
	}

	private static String no(Graduate graduate) {
		return graduate.account().username();
	}

	private static RequestPostProcessor as(SignedInAccount account) {
		return authentication(SignedInAuthentication.of(account));
	}
}
