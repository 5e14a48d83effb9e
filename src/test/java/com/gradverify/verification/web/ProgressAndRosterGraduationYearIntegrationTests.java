package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import com.gradverify.verification.VerificationProgress.Counts;
import com.gradverify.verification.VerificationProgress.ProgressRow;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * After a second 届 is imported, the progress dashboard, its workbook and the roster count one 届: the
 * chosen one, else the latest with open work. The other 届's graduates here are all verified; this 届
 * has one waiting for the college. Colleges without a 学院审核 account are flagged on the dashboard.
 */
@IntegrationTest
class ProgressAndRosterGraduationYearIntegrationTests {

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
	AuditTrail audit;

	MockMvc mvc;

	Graduates graduates;

	long college;

	SignedInAccount school;

	SignedInAccount reviewer;

	Graduate verified;

	List<Graduate> older;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		verified = graduates.graduate(college);
		approve(graduates.submitted(verified).applicationId());
		graduates.submitted(graduates.graduate(college));
		Graduates otherYear = graduates.inYear(OTHER);
		older = List.of(otherYear.graduate(college), otherYear.graduate(college), otherYear.graduate(college));
		older.forEach(graduate -> approve(otherYear.submitted(graduate).applicationId()));
	}

	@Test
	void theDashboardCountsTheChosenYearOnlyAndDefaultsToTheLatestWithOpenWork() throws Exception {
		var other = new Counts(3, 0, 0, 0, 0, 0, 0, 3);
		var current = new Counts(2, 0, 0, 0, 1, 0, 0, 1);

		assertThat(row(dashboard("?graduationYear=" + OTHER))).isEqualTo(other);
		assertThat(row(dashboard("?graduationYear=" + Graduates.YEAR))).isEqualTo(current);
		MvcResult byDefault = dashboard("");
		assertThat(row(byDefault)).isEqualTo(current);
		assertThat(byDefault.getResponse().getContentAsString()).contains("显示 " + Graduates.YEAR + "届",
				"href=\"/reviews/progress.xlsx?graduationYear=" + Graduates.YEAR + "\"");

		var xlsx = mvc.perform(get("/reviews/progress.xlsx").param("graduationYear", Integer.toString(OTHER))
			.with(as(school))).andExpect(status().isOk()).andReturn().getResponse();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo(OTHER + "届实名认证进度");
			Row exported = null;
			for (Row r : sheet) {
				if (graduates.collegeName(college).equals(r.getCell(0).getStringCellValue())) {
					exported = r;
				}
			}
			assertThat(exported).isNotNull();
			assertThat(exported.getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(exported.getCell(8).getNumericCellValue()).isEqualTo(3);
		}
	}

	@Test
	void theRosterListsTheChosenYearsVerifiedGraduatesOnly() throws Exception {
		String path = "/api/v1/exports/roster.csv?collegeId=" + college;
		assertThat(csv(path + "&graduationYear=" + OTHER)).contains(no(older.get(0)), no(older.get(1)), no(older.get(2)))
			.doesNotContain(no(verified));
		assertThat(csv(path + "&graduationYear=" + Graduates.YEAR)).contains(no(verified)).doesNotContain(no(older.get(0)));
		assertThat(csv(path)).contains(no(verified)).doesNotContain(no(older.get(0)));
		assertThat(csv("/exports/roster.csv?collegeId=" + college + "&graduationYear=" + OTHER)).contains(no(older.get(0)))
			.doesNotContain(no(verified));

		String page = mvc.perform(get("/exports").with(as(school))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("显示 " + Graduates.YEAR + "届", "id=\"correctionsGraduationYear\"",
				"<option value=\"" + OTHER + "\">" + OTHER + "届</option>");
	}

	@Test
	void aYearThatIsNoYearIsRefusedAndNothingIsExported() throws Exception {
		int exports = audit.of("export", "roster").size();
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/exports/roster.csv", as(school));
		GraduationYearChecks.refusesBadYears(mvc, "/api/v1/exports/roster.xlsx", as(school));
		var page = mvc.perform(get("/exports/roster.xlsx").param("graduationYear", "abc").with(as(school)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse();
		assertThat(page.getContentAsString()).contains("届（毕业年份）应为 2000 至 2100 之间的四位年份");
		assertThat(audit.of("export", "roster")).hasSize(exports);
		mvc.perform(get("/reviews/progress").param("graduationYear", "1800").with(as(school)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aCollegeWithoutReviewerIsFlaggedOnTheDashboardUntilOneExists() throws Exception {
		long unreviewed = graduates.college();
		String name = graduates.collegeName(unreviewed);
		graduates.graduate(unreviewed);

		String flagged = dashboard("").getResponse().getContentAsString();
		assertThat(PageText.noReviewerNotice(flagged)).contains(name);
		assertThat(rowCell(flagged, name)).contains("尚无学院审核员");
		assertThat(rowCell(flagged, graduates.collegeName(college))).doesNotContain("尚无学院审核员");

		graduates.reviewer(Role.COLLEGE_REVIEWER, unreviewed);
		String covered = dashboard("").getResponse().getContentAsString();
		assertThat(PageText.noReviewerNotice(covered)).doesNotContain(name);
		assertThat(rowCell(covered, name)).doesNotContain("尚无学院审核员");
	}

	private void approve(long applicationId) {
		reviews.decide(reviewer, "VERIFICATION", applicationId, Decision.APPROVE, null, null);
		reviews.decide(school, "VERIFICATION", applicationId, Decision.APPROVE, null, null);
	}

	private MvcResult dashboard(String query) throws Exception {
		return mvc.perform(get("/reviews/progress" + query).with(as(school))).andExpect(status().isOk()).andReturn();
	}

	private Counts row(MvcResult dashboard) {
		@SuppressWarnings("unchecked")
		var rows = (List<ProgressRow>) dashboard.getModelAndView().getModel().get("rows");
		return rows.stream().filter(r -> Long.valueOf(college).equals(r.collegeId())).findFirst().orElseThrow().counts();
	}

	/** The progress table's first cell of the college's row. */
	private static String rowCell(String html, String collegeName) {
		var matcher = Pattern.compile("<td><span>" + Pattern.quote(collegeName) + "</span>(.*?)</td>", Pattern.DOTALL)
			.matcher(html);
		assertThat(matcher.find()).as("row of " + collegeName).isTrue();
		return matcher.group(1);
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
