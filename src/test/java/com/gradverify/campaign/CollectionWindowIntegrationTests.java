package com.gradverify.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.campaign.Campaign.CollegeDeadline;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.review.ReviewState;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window rule where students meet it: 409 {@code COLLECTION_CLOSED} on submitting and withdrawing
 * through the API, the pages' message with the dates and their countdown, drafts kept outside the
 * window, and a 届 without a campaign open as before.
 */
@IntegrationTest
class CollectionWindowIntegrationTests {

	static final AtomicInteger YEARS = new AtomicInteger(2006);

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
	ReviewService reviews;

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
	void afterTheDeadlineTheApiRefusesSubmittingAndWithdrawingWith409() throws Exception {
		Graduate submitted = graduates.graduate(college);
		Graduate drafting = graduates.graduate(college);
		VerificationView waiting = graduates.submitted(submitted);
		VerificationView complete = verification.withdraw(drafting.account(), graduates.submitted(drafting).version());
		closedCampaign();

		mvc.perform(as(drafting, post("/api/v1/me/verification/submit")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + complete.version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("COLLECTION_CLOSED"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("已于")));
		mvc.perform(as(submitted, post("/api/v1/me/verification/withdraw")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + waiting.version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("COLLECTION_CLOSED"));

		assertThat(verification.view(drafting.account()).status()).isEqualTo(ReviewState.DRAFT);
		assertThat(verification.view(submitted.account()).status()).isEqualTo(ReviewState.SUBMITTED);
		// reading and saving a draft go on
		mvc.perform(as(drafting, get("/api/v1/me/verification"))).andExpect(status().isOk());
		mvc.perform(as(drafting, put("/api/v1/me/verification")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + complete.version() + ", \"form\": {\"postcode\": \"414001\"}}"))
			.andExpect(status().isOk());
	}

	@Test
	void beforeTheOpeningThePageSaysWhenItOpensAndOffersNoSubmission() throws Exception {
		Graduate graduate = graduates.graduate(college);
		VerificationView complete = verification.withdraw(graduate.account(), graduates.submitted(graduate).version());
		Instant opens = Instant.now().plus(Duration.ofDays(2));
		campaigns.create(year, new CampaignDefinition("第二轮采集", opens, opens.plus(Duration.ofDays(30)), List.of()),
				"school");

		mvc.perform(as(graduate, get("/verification")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("第二轮采集尚未开始：" + CollectionWindow.TIME.format(opens))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"submit-button\""))))
			.andExpect(content().string(Matchers.containsString("id=\"save-button\"")));

		mvc.perform(as(graduate, post("/verification")).param("action", "submit")
			.param("version", Long.toString(complete.version())))
			.andExpect(redirectedUrl("/verification"))
			.andExpect(flash().attribute("flashError", Matchers.containsString("尚未开始")));
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.DRAFT);
	}

	@Test
	void duringTheWindowThePagesShowTheCollegesDeadlineAndTheTimeLeft() throws Exception {
		Graduate graduate = graduates.graduate(college);
		Instant deadline = Instant.now().plus(Duration.ofDays(5)).plus(Duration.ofMinutes(90));
		campaigns.create(year, new CampaignDefinition("生源信息采集", Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(20)), List.of(new CollegeDeadline(college, deadline))), "school");

		for (String page : List.of("/home", "/verification")) {
			mvc.perform(as(graduate, get(page)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(
						"生源信息采集：请在 " + CollectionWindow.TIME.format(deadline) + " 前提交实名认证")))
				.andExpect(content().string(Matchers.containsString("还剩 5 天 1 小时")))
				.andExpect(content().string(Matchers.containsString("data-deadline=\"" + deadline.toEpochMilli() + "\"")));
		}
		VerificationView submitted = graduates.submitted(graduate);
		assertThat(submitted.status()).isEqualTo(ReviewState.SUBMITTED);
		mvc.perform(as(graduate, post("/verification")).param("action", "withdraw")
			.param("version", Long.toString(submitted.version())))
			.andExpect(redirectedUrl("/verification"))
			.andExpect(flash().attributeExists("flashSuccess"));
		// a student whose application the college took over has nothing left to do before the deadline
		Graduate approved = graduates.graduate(college);
		reviews.decide(graduates.reviewer(Role.COLLEGE_REVIEWER, college), "VERIFICATION",
				graduates.submitted(approved).applicationId(), Decision.APPROVE, null, null);
		for (String page : List.of("/home", "/verification")) {
			mvc.perform(as(approved, get(page)))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"collection-window\""))));
		}
	}

	@Test
	void withoutAnyCampaignAYearStaysOpenAsBefore() throws Exception {
		Graduate graduate = graduates.graduate(college);
		assertThat(graduates.submitted(graduate).status()).isEqualTo(ReviewState.SUBMITTED);
		mvc.perform(as(graduate, get("/verification")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"collection-window\""))));
	}

	@Test
	void anotherNodesChangeReachesThePagesWithinTheCacheTimeAndSubmissionsAtOnce() throws Exception {
		Graduate graduate = graduates.graduate(college);
		var node = new CollectionWindows(jdbc, new CampaignProperties(Duration.ofMillis(300), Duration.ofDays(3),
				Duration.ofMinutes(1)));
		assertThat(node.forStudent(graduate.account()).state()).isEqualTo(CollectionWindow.State.UNRESTRICTED);
		// another node's campaign, which this node's cache has not heard of
		closedCampaign();
		assertThat(node.forStudent(graduate.account()).state()).isEqualTo(CollectionWindow.State.UNRESTRICTED);
		assertThat(node.current(year, college, graduate.account().id()).state()).isEqualTo(CollectionWindow.State.CLOSED);
		Thread.sleep(400);
		assertThat(node.forStudent(graduate.account()).state()).isEqualTo(CollectionWindow.State.CLOSED);
	}

	private void closedCampaign() {
		Instant now = Instant.now();
		campaigns.create(year, new CampaignDefinition("生源信息采集", now.minus(Duration.ofDays(30)),
				now.minus(Duration.ofDays(1)), List.of()), "school");
	}

	private static MockHttpServletRequestBuilder as(Graduate graduate, MockHttpServletRequestBuilder request) {
		return request.with(authentication(SignedInAuthentication.of(graduate.account()))).with(csrf());
	}
}
