package com.gradverify.campaign;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.support.Bundles;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign pages without a database: the form's values reach the service in China's time, its
 * refusals come back at the page's own fields (a college's row, not the service's index), a missing 届
 * is refused before the service, and a stale edit shows the latest version.
 */
class CampaignsControllerTests {

	static final SignedInAccount SCHOOL = new SignedInAccount(1, "school", "学校", Role.SCHOOL_REVIEWER, null, null);

	static final List<SchoolCatalog.College> COLLEGES = List.of(new SchoolCatalog.College(11, "文学院"),
			new SchoolCatalog.College(12, "经管学院"), new SchoolCatalog.College(13, "化工学院"));

	final Campaigns campaigns = mock(Campaigns.class);

	final SchoolCatalog catalog = mock(SchoolCatalog.class);

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		when(catalog.colleges()).thenReturn(COLLEGES);
		mvc = SignedInAuthentication.standalone(SCHOOL, new Object(),
				new CampaignsController(campaigns, catalog, Bundles.messages(), mock(Readiness.class)));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void createsFromTheFormInChinasTime() throws Exception {
		when(campaigns.create(eq(2027), any(), eq("school"))).thenReturn(campaign(0));
		mvc.perform(post("/admin/campaigns/new").locale(Locale.SIMPLIFIED_CHINESE)
			.param("graduationYear", "2027").param("name", "采集")
			.param("opensAt", "2027-03-01T09:00").param("closesAt", "2027-04-30T17:00")
			.param("deadlines[0].collegeId", "11").param("deadlines[0].deadline", "")
			.param("deadlines[1].collegeId", "12").param("deadlines[1].deadline", "2027-04-15T17:00"))
			.andExpect(redirectedUrl("/admin/campaigns"))
			.andExpect(flash().attribute("flashSuccess", "已创建采集批次“采集”"));
		var captor = org.mockito.ArgumentCaptor.forClass(CampaignDefinition.class);
		verify(campaigns).create(eq(2027), captor.capture(), eq("school"));
		assertThat(captor.getValue().opensAt()).isEqualTo(Instant.parse("2027-03-01T01:00:00Z"));
		assertThat(captor.getValue().collegeDeadlines()).containsExactly(
				new Campaign.CollegeDeadline(12L, Instant.parse("2027-04-15T09:00:00Z")));
	}

	@Test
	void theServicesRefusalsComeBackAtThePagesFields() throws Exception {
		when(campaigns.create(eq(2027), any(), anyString())).thenThrow(new RuleViolationException(List.of(
				new Violation("collegeDeadlines[0].deadline", "campaign.collegeDeadline.outsideWindow"),
				new Violation("opensAt", "campaign.overlaps", "前一批", "a", "b"))));
		mvc.perform(post("/admin/campaigns/new").locale(Locale.SIMPLIFIED_CHINESE)
			.param("graduationYear", "2027").param("name", "采集")
			.param("opensAt", "2027-03-01T09:00").param("closesAt", "2027-04-30T17:00")
			.param("deadlines[0].collegeId", "11").param("deadlines[0].deadline", "")
			.param("deadlines[1].collegeId", "12").param("deadlines[1].deadline", "2027-05-15T17:00"))
			.andExpect(view().name("campaign/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "deadlines[1].deadline",
					"campaign.collegeDeadline.outsideWindow"))
			.andExpect(model().attributeHasFieldErrorCode("form", "opensAt", "campaign.overlaps"));
	}

	@Test
	void aMissingYearOrAMalformedTimeNeverReachesTheService() throws Exception {
		mvc.perform(post("/admin/campaigns/new").param("name", "采集").param("opensAt", "昨天"))
			.andExpect(view().name("campaign/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "graduationYear", "campaign.graduationYear.required"))
			.andExpect(model().attributeHasFieldErrorCode("form", "opensAt", "typeMismatch"));
		verify(campaigns, never()).create(any(Integer.class), any(), anyString());
	}

	@Test
	void aStaleEditShowsTheLatestVersionToChangeAgain() throws Exception {
		when(campaigns.get(5)).thenReturn(campaign(3));
		when(campaigns.change(eq(5L), any(), eq(2L), anyString())).thenThrow(new ConflictException("concurrent.modification"));
		mvc.perform(post("/admin/campaigns/5").locale(Locale.SIMPLIFIED_CHINESE).param("name", "改名")
			.param("opensAt", "2027-03-01T09:00").param("closesAt", "2027-04-30T17:00").param("version", "2"))
			.andExpect(view().name("campaign/form"))
			.andExpect(model().attribute("flashError", "该批次刚被他人修改，请在下面的最新内容上重新修改"))
			.andExpect(result -> assertThat(((CampaignForm) result.getModelAndView().getModel().get("form")).getVersion())
				.isEqualTo(3));
	}

	@Test
	void theEditFormHasARowForEveryCollegeWithItsOwnDeadline() throws Exception {
		when(campaigns.get(5)).thenReturn(campaign(1));
		mvc.perform(get("/admin/campaigns/5"))
			.andExpect(view().name("campaign/form"))
			.andExpect(result -> assertThat(((CampaignForm) result.getModelAndView().getModel().get("form")).getDeadlines())
				.extracting(CampaignForm.Row::getDeadline)
				.containsExactly(null, java.time.LocalDateTime.parse("2027-04-15T17:00"), null));
		verify(campaigns, never()).change(anyLong(), any(), anyLong(), anyString());
	}

	private static CampaignView campaign(long version) {
		return new CampaignView(5, 2027, "采集", Instant.parse("2027-03-01T01:00:00Z"),
				Instant.parse("2027-04-30T09:00:00Z"),
				List.of(new CampaignView.CollegeDeadlineView(12, "经管学院", Instant.parse("2027-04-15T09:00:00Z"))),
				CampaignView.Phase.UPCOMING, version);
	}
}
