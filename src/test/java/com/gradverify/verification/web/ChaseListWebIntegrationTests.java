package com.gradverify.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
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
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.RemindersRequested;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The chase list pages, their XLSX and the reminder form through the whole application, and the API
 * {@code GET /api/v1/progress/students} with its parameters, errors and scope.
 */
@IntegrationTest
@RecordApplicationEvents
class ChaseListWebIntegrationTests {

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

	@Autowired
	ApplicationEvents events;

	MockMvc mvc;

	Graduates graduates;

	long college;

	long otherCollege;

	SignedInAccount school;

	SignedInAccount reviewer;

	SignedInAccount otherReviewer;

	Graduate rejected;

	Graduate untouched;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		otherCollege = graduates.college();
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		otherReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, otherCollege);
		rejected = graduates.graduate(college);
		reviews.decide(reviewer, "VERIFICATION", graduates.submitted(rejected).applicationId(), Decision.REJECT,
				"信息有误", null);
		untouched = graduates.graduate(college);
		graduates.submitted(graduates.graduate(college));
		graduates.submitted(graduates.graduate(otherCollege));
	}

	@Test
	void everyNumberOnTheDashboardLinksToItsChaseList() throws Exception {
		String html = page("/reviews/progress?graduationYear=" + Graduates.YEAR, school);
		String list = "/reviews/progress/students?graduationYear=" + Graduates.YEAR + "&amp;collegeId=" + college;
		assertThat(html).contains("href=\"" + list + "\"", "href=\"" + list + "&amp;state=REJECTED\"",
				"href=\"" + list + "&amp;state=NEVER_SIGNED_IN\"",
				"href=\"" + list + "&amp;majorCode=080901&amp;className=", "id=\"progress-by-major\"",
				"id=\"progress-by-class\"");

		String own = page("/reviews/progress?graduationYear=" + Graduates.YEAR, reviewer);
		assertThat(own).contains(graduates.collegeName(college)).doesNotContain(graduates.collegeName(otherCollege));

		// the workbook has the majors and the classes too, on sheets of their own
		var xlsx = mvc.perform(get("/reviews/progress.xlsx").param("graduationYear", "" + Graduates.YEAR)
			.with(as(reviewer))).andExpect(status().isOk()).andReturn().getResponse();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("按专业");
			var classes = workbook.getSheetAt(2);
			assertThat(classes.getSheetName()).isEqualTo("按班级");
			Row header = classes.getRow(0);
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("班级");
			Row only = classes.getRow(1);
			assertThat(only.getCell(0).getStringCellValue()).isEqualTo(graduates.collegeName(college));
			assertThat(only.getCell(3).getStringCellValue()).isEqualTo("计科2201");
			assertThat(only.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(classes.getLastRowNum()).isEqualTo(1);
		}
	}

	@Test
	void theListPageShowsTheStudentsMaskedWithTheirStanding() throws Exception {
		String html = page(list(college, "REJECTED"), school);
		assertThat(html).contains(rejected.account().username(), "430602************", "138****8000", "已驳回",
				"提醒这 1 名学生", "2026届 " + graduates.collegeName(college) + " 已驳回未重新提交")
			.doesNotContain(rejected.idCard(), untouched.account().username());

		String never = page(list(college, "NEVER_SIGNED_IN"), school);
		assertThat(never).contains(untouched.account().username(), "从未登录")
			.doesNotContain(rejected.account().username());
		// another college's list is empty for a college reviewer, and offers no reminder
		String foreign = page(list(college, null), otherReviewer);
		assertThat(foreign).contains("id=\"chase-empty\"").doesNotContain("id=\"chase-remind\"",
				rejected.account().username());
		mvc.perform(get(list(college, null)).with(as(student(untouched)))).andExpect(status().isForbidden());
		mvc.perform(get(list(college, "SLEEPING")).with(as(school))).andExpect(status().isBadRequest());
	}

	@Test
	void theListExportsAsXlsxWithMaskedDataAndIsAudited() throws Exception {
		int before = audit.of("chase-list", Integer.toString(Graduates.YEAR)).size();
		var response = mvc.perform(get("/reviews/progress/students.xlsx").param("graduationYear", "" + Graduates.YEAR)
			.param("collegeId", "" + college)
			.with(as(reviewer))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
		List<List<String>> rows = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			var formatter = new DataFormatter();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		assertThat(rows.get(0)).startsWith("学号", "姓名", "身份证号", "学院", "专业代码", "专业", "班级", "当前状态");
		assertThat(rows).hasSize(4);
		List<String> rejectedRow = rows.stream().filter(r -> r.get(0).equals(rejected.account().username())).findFirst()
			.orElseThrow();
		assertThat(rejectedRow).containsSequence("430602************", graduates.collegeName(college), "080901",
				"计算机科学与技术", "计科2201", "已驳回", "是", "138****8000");
		assertThat(rows).noneMatch(r -> r.contains(rejected.idCard()));
		assertThat(audit.of("chase-list", Integer.toString(Graduates.YEAR))).hasSize(before + 1);
	}

	@Test
	void remindingAfterTheConfirmationSendsOnceAndLinksToTheDelivery() throws Exception {
		String confirmation = page("/reviews/progress/students/remind?graduationYear=" + Graduates.YEAR + "&collegeId="
				+ college + "&state=NEVER_SIGNED_IN", school);
		assertThat(confirmation).contains("确定向这份名单中的 1 名学生发送提醒吗？",
				"2026届 " + graduates.collegeName(college) + " 从未登录");
		Matcher token = Pattern.compile("name=\"requestToken\" value=\"([^\"]+)\"").matcher(confirmation);
		assertThat(token.find()).isTrue();

		for (int click = 0; click < 2; click++) {
			var sent = mvc.perform(post("/reviews/progress/students/remind").param("graduationYear", "" + Graduates.YEAR)
				.param("collegeId", "" + college)
				.param("state", "NEVER_SIGNED_IN")
				.param("requestToken", token.group(1))
				.with(csrf())
				.with(as(school))).andExpect(status().is3xxRedirection()).andReturn();
			assertThat(sent.getResponse().getRedirectedUrl())
				.isEqualTo(list(college, "NEVER_SIGNED_IN"));
			assertThat(sent.getFlashMap().get("flashSuccess")).asString().contains("1 名学生");
		}
		List<RemindersRequested> announced = events.stream(RemindersRequested.class).toList();
		assertThat(announced).singleElement()
			.satisfies(e -> assertThat(e.studentAccountIds()).containsExactly(untouched.account().id()));

		String after = mvc.perform(get(list(college, "NEVER_SIGNED_IN")).flashAttr("sentBatch", announced.get(0).batchKey())
			.with(as(school))).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("href=\"/notifications/reminders/" + announced.get(0).batchKey() + "\"",
				"id=\"chase-requests\"", "2026届 " + graduates.collegeName(college) + " 从未登录", school.username());

		// another college's list for a college reviewer: nobody to remind, nothing sent
		var refused = mvc.perform(post("/reviews/progress/students/remind").param("graduationYear", "" + Graduates.YEAR)
			.param("collegeId", "" + college)
			.param("state", "NEVER_SIGNED_IN")
			.param("requestToken", "other-" + college)
			.with(csrf())
			.with(as(otherReviewer))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("这份名单中没有可提醒的学生。");
		assertThat(events.stream(RemindersRequested.class)).hasSize(1);
	}

	@Test
	void theApiListsAPageOfTheChaseListWithinTheCallersScope() throws Exception {
		mvc.perform(get("/api/v1/progress/students").param("graduationYear", "" + Graduates.YEAR)
			.param("collegeId", "" + college)
			.param("state", "REJECTED")
			.with(as(school)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.state").value("REJECTED"))
			.andExpect(jsonPath("$.items[0].studentNo").value(rejected.account().username()))
			.andExpect(jsonPath("$.items[0].maskedIdCard").value("430602************"))
			.andExpect(jsonPath("$.items[0].maskedMobile").value("138****8000"))
			.andExpect(jsonPath("$.items[0].status").value("REJECTED"))
			.andExpect(jsonPath("$.items[0].bound").value(true))
			.andExpect(jsonPath("$.items[0].idCard").doesNotExist());
		mvc.perform(get("/api/v1/progress/students").param("graduationYear", "" + Graduates.YEAR)
			.param("collegeId", "" + college)
			.param("size", "2")
			.param("page", "1")
			.with(as(school))).andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items.length()").value(1));
		// a college reviewer: their own college without collegeId, nobody with another college's
		mvc.perform(get("/api/v1/progress/students").param("graduationYear", "" + Graduates.YEAR).with(as(otherReviewer)))
			.andExpect(jsonPath("$.collegeId").value(otherCollege))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/progress/students").param("graduationYear", "" + Graduates.YEAR)
			.param("collegeId", "" + college)
			.with(as(otherReviewer))).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/progress/students").with(as(student(untouched)))).andExpect(status().isForbidden());
	}

	@Test
	void badParametersAreProblemsWithTheirField() throws Exception {
		problem("state", "SLEEPING", "state", "chase.state.invalid");
		problem("majorCode", "08-09", "majorCode", "chase.majorCode.invalid");
		problem("className", "班".repeat(101), "className", "chase.className.tooLong");
		problem("size", "0", "size", "chase.size.invalid");
		problem("graduationYear", "1800", "graduationYear", "graduationYear.invalid");
		mvc.perform(post("/api/v1/progress/reminders").contentType(MediaType.APPLICATION_JSON)
			.content("{\"graduationYear\":" + Graduates.YEAR + ",\"collegeId\":" + college + "}")
			.with(csrf())
			.with(as(school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("requestToken"));
		mvc.perform(post("/api/v1/progress/reminders").contentType(MediaType.APPLICATION_JSON)
			.content("{\"graduationYear\":" + Graduates.YEAR + ",\"collegeId\":" + college
					+ ",\"state\":\"APPROVED\",\"requestToken\":\"api-" + college + "\"}")
			.with(csrf())
			.with(as(school)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("chase.remind.notPending"));
		assertThat(events.stream(RemindersRequested.class)).isEmpty();
	}

	@Test
	void theApiRemindsOnceAndListsTheRequest() throws Exception {
		String body = "{\"graduationYear\":" + Graduates.YEAR + ",\"collegeId\":" + college
				+ ",\"state\":\"REJECTED\",\"requestToken\":\"api-" + college + "\"}";
		mvc.perform(post("/api/v1/progress/reminders").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(csrf())
			.with(as(reviewer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.students").value(1))
			.andExpect(jsonPath("$.created").value(true));
		mvc.perform(post("/api/v1/progress/reminders").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(csrf())
			.with(as(reviewer))).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(false));
		assertThat(events.stream(RemindersRequested.class)).hasSize(1);
		String key = events.stream(RemindersRequested.class).findFirst().orElseThrow().batchKey();
		mvc.perform(get("/api/v1/progress/reminders").param("graduationYear", "" + Graduates.YEAR).with(as(reviewer)))
			.andExpect(jsonPath("$[0].batchKey").value(key))
			.andExpect(jsonPath("$[0].deliveryPage").value("/notifications/reminders/" + key));
	}

	private void problem(String parameter, String value, String field, String code) throws Exception {
		mvc.perform(get("/api/v1/progress/students").param(parameter, value).with(as(school)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].code").value(code));
	}

	private static String list(long collegeId, String state) {
		return "/reviews/progress/students?graduationYear=" + Graduates.YEAR + "&collegeId=" + collegeId
				+ (state == null ? "" : "&state=" + state);
	}

	private String page(String path, SignedInAccount account) throws Exception {
		return mvc.perform(get(path).with(as(account))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static SignedInAccount student(Graduate graduate) {
		return graduate.account();
	}

	private static RequestPostProcessor as(SignedInAccount account) {
		return authentication(SignedInAuthentication.of(account));
	}
}
