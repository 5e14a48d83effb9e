package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.StudentAccounts.StudentAccountSpec;
import com.gradverify.support.GraduationYearChecks;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;
import com.gradverify.support.PageText;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

/**
 * The administrator's account list shows the students of one 届 (staff, of no 届, always), on the
 * page and through the API; colleges without a 学院审核 account are flagged there until one exists.
 */
@IntegrationTest
class AccountsGraduationYearIntegrationTests {

	private static final int OTHER = GraduationYearChecks.OTHER_YEAR;

	@Autowired
	WebApplicationContext context;

	@Autowired
	StudentAccounts students;

	@Autowired
	StaffAccounts staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	MockMvc mvc;

	MockHttpSession admin;

	String prefix;

	@BeforeEach
	void setUp() throws Exception {
		mvc = AccountFixtures.mockMvc(context);
		admin = AccountFixtures.login(mvc, AccountFixtures.staff(staff, Role.ADMIN, null, false),
				AccountFixtures.STAFF_PASSWORD);
		prefix = AccountFixtures.uniqueName("yr");
		students.provision(List.of(new StudentAccountSpec(prefix + "a", "新生", AccountFixtures.idCard(601), null,
				Graduates.YEAR), new StudentAccountSpec(prefix + "b", "旧生", AccountFixtures.idCard(602), null, OTHER)));
		staff.createIfAbsent(prefix + "c", "学校审核", Role.SCHOOL_REVIEWER, null, AccountFixtures.STAFF_PASSWORD, false);
		// an application waiting in this 届 makes it the default, whatever else the database holds
		var graduates = new Graduates(jdbc, binding, verification);
		graduates.submitted(graduates.graduate(graduates.college()));
	}

	@Test
	void listsTheChosenYearsStudentsAndEveryStaffAccount() throws Exception {
		mvc.perform(get("/api/v1/admin/accounts").param("q", prefix).param("graduationYear", Integer.toString(OTHER))
			.with(session()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.graduationYear").value(OTHER))
			.andExpect(jsonPath("$.totalRows").value(2))
			.andExpect(jsonPath("$.items[*].username", contains(prefix + "b", prefix + "c")))
			.andExpect(jsonPath("$.items[0].maskedIdCard").value("430602************"));
		mvc.perform(get("/api/v1/admin/accounts").param("q", prefix).with(session()))
			.andExpect(jsonPath("$.graduationYear").value(Graduates.YEAR))
			.andExpect(jsonPath("$.items[*].username", contains(prefix + "a", prefix + "c")));

		String page = mvc.perform(get("/admin/accounts").param("q", prefix).param("graduationYear", Integer.toString(OTHER))
			.with(session())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("显示 " + OTHER + "届", "<td>" + prefix + "b</td>", "<td>" + prefix + "c</td>")
			.doesNotContain("<td>" + prefix + "a</td>");
		String byDefault = mvc.perform(get("/admin/accounts").param("q", prefix).with(session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byDefault).contains("显示 " + Graduates.YEAR + "届", "<td>" + prefix + "a</td>")
			.doesNotContain("<td>" + prefix + "b</td>");
	}

	@Test
	void aYearThatIsNoYearIsRefused() throws Exception {
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/admin/accounts", session());
		mvc.perform(get("/admin/accounts").param("graduationYear", "abc").with(session()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aCollegeWithoutReviewerIsFlaggedUntilOneExists() throws Exception {
		String college = AccountFixtures.college(jdbc);
		assertThat(notice()).contains(college);

		staff.createIfAbsent(prefix + "r", "学院审核", Role.COLLEGE_REVIEWER, college, AccountFixtures.STAFF_PASSWORD,
				false);
		assertThat(notice()).doesNotContain(college);
	}

	private String notice() throws Exception {
		String page = mvc.perform(get("/admin/accounts").with(session())).andReturn().getResponse().getContentAsString();
		return PageText.noReviewerNotice(page);
	}

	private RequestPostProcessor session() {
		return request -> {
			request.setSession(admin);
			return request;
		};
	}
}
