package com.gradverify.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.audit.AuditTrail;
import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.review.ReviewState;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 补交延期 after the deadline: the reopened student may submit until the time given, others still may
 * not; a college reviewer reopens only their own college's students; each grant is audited and listed.
 */
@IntegrationTest
class ReopeningIntegrationTests {

	static final AtomicInteger YEARS = new AtomicInteger(2014);

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	Campaigns campaigns;

	@Autowired
	AuditTrail audit;

	@Autowired
	com.gradverify.review.ReviewService reviews;

	MockMvc mvc;

	Graduates graduates;

	long college;

	int year;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		year = YEARS.getAndIncrement();
		graduates = new Graduates(jdbc, binding, verification).inYear(year);
		college = graduates.college();
	}

	@Test
	void aCollegeReviewerReopensTheirStudentWhoMaySubmitAgainAndOthersStillMayNot() throws Exception {
		Graduate late = graduates.graduate(college);
		Graduate other = graduates.graduate(college);
		VerificationView lateDraft = verification.withdraw(late.account(), graduates.submitted(late).version());
		VerificationView otherDraft = verification.withdraw(other.account(), graduates.submitted(other).version());
		closedCampaign();
		SignedInAccount reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		String until = LocalDateTime.now(CampaignForm.CHINA).plusDays(3).withSecond(0).withNano(0).toString();

		mvc.perform(as(reviewer, post("/campaigns/reopenings")).param("studentNo", late.account().username())
			.param("until", until.substring(0, 16)).param("reason", "住院，延期补交"))
			.andExpect(redirectedUrl("/campaigns/reopenings"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashSuccess",
					Matchers.containsString("（" + late.account().username() + "）重新开放")));

		assertThat(verification.submit(late.account(), lateDraft.version()).status()).isEqualTo(ReviewState.SUBMITTED);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> verification.submit(other.account(), otherDraft.version()))
			.isInstanceOf(CollectionClosedException.class);

		assertThat(audit.of("account", Long.toString(late.account().id())))
			.anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("campaign.reopened");
				assertThat(e.actor()).isEqualTo(reviewer.username());
				assertThat(e.details()).containsEntry("reason", "住院，延期补交");
			});
		mvc.perform(as(reviewer, get("/campaigns/reopenings")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(late.account().username())));
		mvc.perform(as(late.account(), get("/verification")))
			.andExpect(content().string(Matchers.containsString("已为你延长提交时间")));
	}

	@Test
	void aCollegeReviewerCannotReopenAnotherCollegesStudentNorSeeTheirReopening() throws Exception {
		Graduate elsewhere = graduates.graduate(graduates.college());
		closedCampaign();
		SignedInAccount reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		String until = LocalDateTime.now(CampaignForm.CHINA).plusDays(3).toString().substring(0, 16);

		mvc.perform(as(reviewer, post("/campaigns/reopenings")).param("studentNo", elsewhere.account().username())
			.param("until", until).param("reason", "补交"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "studentNo", "campaign.reopen.studentNo.unknown"));
		assertThat(audit.of("account", Long.toString(elsewhere.account().id())))
			.noneSatisfy(e -> assertThat(e.action()).isEqualTo("campaign.reopened"));

		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		mvc.perform(as(school, post("/campaigns/reopenings")).param("studentNo", elsewhere.account().username())
			.param("until", until).param("reason", "补交"))
			.andExpect(redirectedUrl("/campaigns/reopenings"));
		mvc.perform(as(reviewer, get("/campaigns/reopenings")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(elsewhere.account().username()))));
	}

	@Test
	void refusesAPastTimeAMissingReasonAndAYearWithoutCampaign() throws Exception {
		Graduate graduate = graduates.graduate(college);
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		mvc.perform(as(school, post("/campaigns/reopenings")).param("studentNo", graduate.account().username())
			.param("until", "2020-01-01T09:00").param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "until", "campaign.reopen.until.notFuture"))
			.andExpect(model().attributeHasFieldErrorCode("form", "reason", "campaign.reopen.reason.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "studentNo", "campaign.reopen.noCampaign"));
		mvc.perform(as(graduate.account(), get("/campaigns/reopenings"))).andExpect(status().isForbidden());
	}

	@Test
	void reviewsGoOnAfterTheClosingAndTheDetailPageOffersTheReopening() throws Exception {
		Graduate graduate = graduates.graduate(college);
		VerificationView submitted = graduates.submitted(graduate);
		closedCampaign();
		SignedInAccount reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		mvc.perform(as(reviewer, get("/reviews/VERIFICATION/{id}", submitted.applicationId())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"review-collection-window\"")))
			.andExpect(content().string(Matchers.containsString("生源信息采集已于")))
			.andExpect(content().string(Matchers.containsString(
					"href=\"/campaigns/reopenings?studentNo=" + graduate.account().username() + "\"")));
		mvc.perform(as(reviewer, get("/campaigns/reopenings").param("studentNo", graduate.account().username())))
			.andExpect(content().string(Matchers.containsString("value=\"" + graduate.account().username() + "\"")));
		reviews.decide(reviewer, "VERIFICATION", submitted.applicationId(), com.gradverify.review.Decision.APPROVE, null,
				null);
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.COLLEGE_APPROVED);
	}

	private void closedCampaign() {
		Instant now = Instant.now();
		campaigns.create(year, new CampaignDefinition("生源信息采集", now.minus(Duration.ofDays(30)),
				now.minus(Duration.ofDays(1)), List.of()), "school");
	}

	private static MockHttpServletRequestBuilder as(SignedInAccount account, MockHttpServletRequestBuilder request) {
		return request.with(authentication(SignedInAuthentication.of(account))).with(csrf());
	}
}
