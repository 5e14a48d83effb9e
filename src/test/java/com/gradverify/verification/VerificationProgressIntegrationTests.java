package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.audit.AuditTrail;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.VerificationProgress.Counts;
import com.gradverify.verification.VerificationProgress.ProgressRow;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Per-college progress counts, the dashboard page and its XLSX export. */
@IntegrationTest
class VerificationProgressIntegrationTests {

	@Autowired
	VerificationProgress progress;

	@Autowired
	ReviewService reviews;

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Test
	void countsEachCollegesGraduatesByWhereTheyStandAndExportsTheTable() throws Exception {
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		SignedInAccount reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		graduates.graduate(college); // no application yet: unbound
		verification.view(graduates.graduate(college).account()); // an empty draft: unbound too
		graduates.submitted(graduates.graduate(college));
		graduates.submittedUnbound(graduates.graduate(college));
		long rejected = graduates.submitted(graduates.graduate(college)).applicationId();
		reviews.decide(reviewer, "VERIFICATION", rejected, Decision.REJECT, "信息有误", null);
		long approved = graduates.submitted(graduates.graduate(college)).applicationId();
		reviews.decide(reviewer, "VERIFICATION", approved, Decision.APPROVE, null, null);
		long waitingSchool = graduates.submitted(graduates.graduate(college)).applicationId();
		reviews.decide(reviewer, "VERIFICATION", waitingSchool, Decision.APPROVE, null, null);
		reviews.decide(school, "VERIFICATION", approved, Decision.APPROVE, null, null);

		ProgressRow row = progress.dashboard(school, Graduates.YEAR)
			.colleges()
			.stream()
			.filter(r -> Long.valueOf(college).equals(r.collegeId()))
			.findFirst()
			.orElseThrow();

		assertThat(row.collegeName()).isEqualTo(graduates.collegeName(college));
		// the first graduate never signed in; the others have applications, which only a signed-in student starts
		assertThat(row.counts()).isEqualTo(new Counts(7, 1, 3, 1, 2, 1, 1, 1));

		var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		var response = mvc.perform(get("/reviews/progress.xlsx").with(authentication(SignedInAuthentication.of(school))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).contains("verification-progress.xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("学院");
			Row exported = null;
			for (Row r : sheet) {
				if (graduates.collegeName(college).equals(r.getCell(0).getStringCellValue())) {
					exported = r;
				}
			}
			assertThat(exported).isNotNull();
			assertThat(exported.getCell(1).getNumericCellValue()).isEqualTo(7);
			assertThat(exported.getCell(2).getNumericCellValue()).isEqualTo(1);
			assertThat(exported.getCell(3).getNumericCellValue()).isEqualTo(3);
			assertThat(exported.getCell(8).getNumericCellValue()).isEqualTo(1);
		}
		assertThat(audit.of("verification-progress", "all")).extracting(AuditTrail.AuditEntry::actor)
			.contains(school.username());

		String html = mvc.perform(get("/reviews/progress").with(authentication(SignedInAuthentication.of(school))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(graduates.collegeName(college)).contains("class=\"bar-stack\"");
	}

	@Test
	void countsAGraduateUnderTheCollegeTheirAccountBelongsToNowAndStudentsWithoutACollegeLast() {
		var graduates = new Graduates(jdbc, binding, verification);
		long before = graduates.college();
		long after = graduates.college();
		SignedInAccount reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, before);
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		var moved = graduates.graduate(before);
		long approved = graduates.submitted(moved).applicationId();
		reviews.decide(reviewer, "VERIFICATION", approved, Decision.APPROVE, null, null);
		reviews.decide(school, "VERIFICATION", approved, Decision.APPROVE, null, null);
		// the registry moves the graduate after the decision: the decided application stays where it was decided
		jdbc.sql("update account set college_id = :college where id = :id")
			.param("college", after)
			.param("id", moved.account().id())
			.update();
		var withoutCollege = graduates.graduate(graduates.college());
		jdbc.sql("update account set college_id = null where id = :id").param("id", withoutCollege.account().id()).update();

		var rows = progress.dashboard(school, Graduates.YEAR).colleges();

		assertThat(rows).filteredOn(r -> Long.valueOf(before).equals(r.collegeId())).isEmpty();
		assertThat(rows).filteredOn(r -> Long.valueOf(after).equals(r.collegeId()))
			.extracting(ProgressRow::counts)
			.containsExactly(new Counts(1, 0, 0, 0, 0, 0, 0, 1));
		ProgressRow last = rows.get(rows.size() - 1);
		assertThat(last.collegeId()).isNull();
		assertThat(last.collegeName()).isNull();
		assertThat(last.counts().students()).isPositive();
		assertThat(last.listable()).isFalse();
	}
}
