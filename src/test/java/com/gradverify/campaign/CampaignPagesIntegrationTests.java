package com.gradverify.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's campaign pages rendered whole: the navigation link, the list, creating and editing with
 * a college's own deadline, a refusal at its field, and the readiness check with what to fix.
 */
@IntegrationTest
class CampaignPagesIntegrationTests {

	static final AtomicInteger YEARS = new AtomicInteger(2022);

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
	com.gradverify.reference.SchoolCatalog catalog;

	MockMvc mvc;

	Graduates graduates;

	SignedInAccount school;

	int year;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		year = YEARS.getAndIncrement();
		graduates = new Graduates(jdbc, binding, verification).inYear(year);
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
	}

	@Test
	void createsAndEditsACampaignOnItsPages() throws Exception {
		long college = graduates.college();
		String collegeName = graduates.collegeName(college);
		mvc.perform(as(school, get("/admin/campaigns/new")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(collegeName)))
			.andExpect(content().string(Matchers.containsString("href=\"/admin/campaigns\"")));
		int row = rowOf(college);

		mvc.perform(as(school, post("/admin/campaigns/new")).param("graduationYear", Integer.toString(year))
			.param("name", "页面采集").param("opensAt", year + "-03-01T09:00").param("closesAt", year + "-02-01T09:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("截止时间须晚于开放时间")));

		mvc.perform(as(school, post("/admin/campaigns/new")).param("graduationYear", Integer.toString(year))
			.param("name", "页面采集").param("opensAt", year + "-03-01T09:00").param("closesAt", year + "-04-30T17:00")
			.param("deadlines[" + row + "].collegeId", Long.toString(college))
			.param("deadlines[" + row + "].deadline", year + "-04-15T17:00"))
			.andExpect(redirectedUrl("/admin/campaigns"));
		CampaignView created = campaigns.all().stream().filter(c -> c.graduationYear() == year).findFirst().orElseThrow();
		assertThat(created.collegeDeadlines()).singleElement()
			.satisfies(d -> assertThat(d.collegeName()).isEqualTo(collegeName));

		mvc.perform(as(school, get("/admin/campaigns")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("页面采集")))
			.andExpect(content().string(Matchers.containsString(collegeName + " " + year + "-04-15 17:00")));
		mvc.perform(as(school, get("/admin/campaigns/" + created.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"" + year + "-04-15T17:00\"")))
			// the 届 of a campaign is shown, not offered for change
			.andExpect(content().string(Matchers.containsString("id=\"campaign-year\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("name=\"graduationYear\""))));
		mvc.perform(as(school, post("/admin/campaigns/" + created.id())).param("version", "0").param("name", "页面采集（延长）")
			.param("opensAt", year + "-03-01T09:00").param("closesAt", year + "-05-10T17:00"))
			.andExpect(redirectedUrl("/admin/campaigns"));
		assertThat(campaigns.get(created.id()).collegeDeadlines()).isEmpty();
	}

	@Test
	void theReadinessPageSaysWhatToFixBeforeOpening() throws Exception {
		CampaignView empty = campaigns.create(year, new Campaign.CampaignDefinition("空届", java.time.Instant.now().plusSeconds(86400),
				java.time.Instant.now().plusSeconds(86400 * 30), java.util.List.of()), "school");
		mvc.perform(as(graduates.reviewer(Role.ADMIN, null), get("/admin/campaigns/" + empty.id() + "/readiness")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("尚未导入该届的省级学籍库")))
			.andExpect(content().string(Matchers.containsString("href=\"/admin/registry\"")));
		// the registry page is the administrators': a school reviewer is told what to do, with no dead link
		mvc.perform(as(school, get("/admin/campaigns/" + empty.id() + "/readiness")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("尚未导入该届的省级学籍库")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin/registry\""))));

		int other = YEARS.getAndIncrement();
		Graduates inOther = graduates.inYear(other);
		long college = inOther.college();
		inOther.graduate(college);
		inOther.graduate(college);
		// bound, so the number given at binding is on the form
		inOther.submitted(inOther.graduate(college));
		CampaignView ready = campaigns.create(other, new Campaign.CampaignDefinition("有学籍", java.time.Instant.now().plusSeconds(86400),
				java.time.Instant.now().plusSeconds(86400 * 30), java.util.List.of()), "school");
		mvc.perform(as(school, get("/admin/campaigns/" + ready.id() + "/readiness")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("已导入 3 条该届学籍记录")))
			.andExpect(content().string(Matchers.containsString("3 名学生都有账户")))
			.andExpect(content().string(Matchers.containsString("3 名学生中只有 0 名完成了首次登录")))
			.andExpect(content().string(Matchers.containsString("3 名学生中 2 名尚未留下联系电话，其中 2 名也未绑定微信")))
			// the test's new college has no 学院审核 yet
			.andExpect(content().string(Matchers.containsString(inOther.collegeName(college))));
		mvc.perform(as(school, get("/api/v1/admin/campaigns/" + ready.id() + "/readiness")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ready").value(false))
			.andExpect(jsonPath("$.checks[0].kind").value("REGISTRY"))
			.andExpect(jsonPath("$.checks[0].ok").value(true))
			.andExpect(jsonPath("$.checks[2].kind").value("REVIEWERS"))
			.andExpect(jsonPath("$.checks[2].ok").value(false))
			.andExpect(jsonPath("$.checks[2].fixAt").value("/admin/accounts"))
			.andExpect(jsonPath("$.checks[3].blocking").value(false))
			.andExpect(jsonPath("$.checks[4].kind").value("PHONES"))
			.andExpect(jsonPath("$.checks[4].ok").value(false))
			.andExpect(jsonPath("$.checks[4].blocking").value(false));
	}

	/** The college's row on the form, which lists the catalog's colleges in its order. */
	private int rowOf(long college) {
		var colleges = catalog.colleges();
		for (int i = 0; i < colleges.size(); i++) {
			if (colleges.get(i).id() == college) {
				return i;
			}
		}
		throw new IllegalStateException("college not in the catalog");
	}

	private static MockHttpServletRequestBuilder as(SignedInAccount account, MockHttpServletRequestBuilder request) {
		return request.with(authentication(SignedInAuthentication.of(account))).with(csrf());
	}
}
