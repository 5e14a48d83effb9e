package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
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
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.GraduationYears;
import com.gradverify.support.Bundles;
import com.gradverify.verification.ChaseLists;
import com.gradverify.verification.ChasePage;
import com.gradverify.verification.ChaseQuery;
import com.gradverify.verification.ChaseReminders;
import com.gradverify.verification.ChaseState;

import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The chase list pages' web layer alone: which list a request asks for (a college reviewer's own college
 * filled in), the confirmation's fresh token, and where a reminder request leads with which message.
 */
class ChaseListControllerTests {

	private static final SignedInAccount REVIEWER = new SignedInAccount(5, "cs01", "审核员", Role.COLLEGE_REVIEWER, 3L,
			null);

	private static final ChaseQuery OWN_UNBOUND = new ChaseQuery(2027, 3L, null, null, ChaseState.UNBOUND);

	private final ChaseLists lists = mock(ChaseLists.class);

	private final ChaseReminders reminders = mock(ChaseReminders.class);

	private final ChaseDescriptions descriptions = mock(ChaseDescriptions.class);

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		MessageSource messages = Bundles.messages();
		GraduationYears years = mock(GraduationYears.class);
		when(years.choose(any())).thenReturn(new GraduationYears.Choice(2027, List.of(2027)));
		when(descriptions.describe(any(), any())).thenReturn("2027届 计算机学院 未绑定学籍");
		mvc = SignedInAuthentication.standalone(REVIEWER, new VerificationPageErrors(messages),
				new ChaseListController(lists, reminders, descriptions, mock(ChaseWorkbook.class), years, messages));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aCollegeReviewersListWithoutACollegeIsTheirOwnCollegesPaged() throws Exception {
		when(lists.page(REVIEWER, OWN_UNBOUND, 2, ChaseLists.PAGE_SIZE))
			.thenReturn(new ChasePage(List.of(), 120, 2, ChaseLists.PAGE_SIZE));

		mvc.perform(get("/reviews/progress/students").param("state", "UNBOUND").param("page", "2"))
			.andExpect(view().name("verification/chase"))
			.andExpect(model().attribute("query", OWN_UNBOUND))
			.andExpect(model().attribute("description", "2027届 计算机学院 未绑定学籍"));
		verify(reminders).requests(REVIEWER, 2027, ChaseListController.REQUESTS_SHOWN);
	}

	@Test
	void eachConfirmationCarriesAFreshToken() throws Exception {
		when(lists.students(REVIEWER, OWN_UNBOUND)).thenReturn(List.of());
		String first = (String) mvc.perform(get("/reviews/progress/students/remind").param("state", "UNBOUND"))
			.andExpect(view().name("verification/chase-remind"))
			.andExpect(model().attribute("count", 0))
			.andReturn().getModelAndView().getModel().get("requestToken");
		String second = (String) mvc.perform(get("/reviews/progress/students/remind").param("state", "UNBOUND"))
			.andReturn().getModelAndView().getModel().get("requestToken");
		assertThat(first).isNotBlank().isNotEqualTo(second);
	}

	@Test
	void aSentRequestGoesBackToItsListWithTheBatchToFollow() throws Exception {
		when(reminders.request(REVIEWER, OWN_UNBOUND, "t1", "2027届 计算机学院 未绑定学籍"))
			.thenReturn(new ChaseReminders.Request("batch-1", "cs01", Instant.now(), OWN_UNBOUND,
					"2027届 计算机学院 未绑定学籍", 12, true));

		mvc.perform(post("/reviews/progress/students/remind").param("state", "UNBOUND").param("requestToken", "t1")
			.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/reviews/progress/students?graduationYear=2027&collegeId=3&state=UNBOUND"))
			.andExpect(flash().attribute("flashSuccess", "已请求向 12 名学生发送提醒：2027届 计算机学院 未绑定学籍。"))
			.andExpect(flash().attribute("sentBatch", "batch-1"));
	}

	@Test
	void anEmptyListIsRefusedBackOnTheListWithTheReason() throws Exception {
		when(reminders.request(eq(REVIEWER), any(), anyString(), anyString()))
			.thenThrow(new ConflictException("chase.remind.empty"));

		mvc.perform(post("/reviews/progress/students/remind").param("collegeId", "9").param("requestToken", "t2")
			.locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(redirectedUrl("/reviews/progress/students?graduationYear=2027&collegeId=9"))
			.andExpect(flash().attribute("flashError", "这份名单中没有可提醒的学生。"))
			.andExpect(flash().attributeCount(1));
		verify(lists, never()).page(any(), any(), anyInt(), anyInt());
	}
}
