package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.tabular.XlsxSheetReader;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Creating reviewers from an XLSX file: the per-row report, the one-time passwords, and files that are refused whole. */
@IntegrationTest
class ReviewerImportIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	StaffAccounts staff;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	MockMvc mvc;

	String adminName;

	MockHttpSession admin;

	@BeforeEach
	void setUp() throws Exception {
		mvc = AccountFixtures.mockMvc(context);
		adminName = AccountFixtures.staff(staff, Role.ADMIN, null, false);
		admin = AccountFixtures.login(mvc, adminName, AccountFixtures.STAFF_PASSWORD);
	}

	@Test
	void validRowsAreCreatedAndEveryOtherRowIsReportedWithItsColumnAndReason() throws Exception {
		String college = AccountFixtures.college(jdbc);
		String existing = AccountFixtures.staff(staff, Role.SCHOOL_REVIEWER, null, false);
		String collegeReviewer = AccountFixtures.uniqueName("bulk");
		String schoolReviewer = AccountFixtures.uniqueName("bulk");
		String unknownCollege = AccountFixtures.uniqueName("bulk");
		String admin = AccountFixtures.uniqueName("bulk");
		// columns in another order than the template's, with one the import does not know
		byte[] file = workbook(List.of(
				List.of("角色", "姓名", "备注", "用户名", "学院"),
				List.of("学院审核员", "李老师", "", collegeReviewer, college),
				List.of("学校审核员", "王老师", "", schoolReviewer, ""),
				List.of("学校审核员", "王老师", "", collegeReviewer, ""),
				List.of("学校审核员", "赵老师", "", existing, ""),
				List.of("学院审核员", "钱老师", "", "a", college),
				List.of("学院审核员", "孙老师", "", unknownCollege, "没有这个学院"),
				List.of("管理员", "周老师", "", admin, ""),
				List.of("学校审核员", "", "", AccountFixtures.uniqueName("bulk"), "")));

		JsonNode report = json.readTree(upload("/api/v1/admin/accounts/imports", file)
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn().getResponse().getContentAsString());

		assertThat(report.get("rows").asInt()).isEqualTo(8);
		assertThat(report.get("created")).hasSize(2);
		assertThat(report.get("created").get(0).get("username").asString()).isEqualTo(collegeReviewer);
		assertThat(report.get("created").get(0).get("college").asString()).isEqualTo(college);
		assertThat(report.get("created").get(1).get("role").asString()).isEqualTo("SCHOOL_REVIEWER");
		List<String> problems = new ArrayList<>();
		report.get("problems").forEach(p -> problems.add(p.get("row").asInt() + " " + p.get("column").asString() + " "
				+ p.get("code").asString()));
		assertThat(problems).containsExactly("4 用户名 account.import.duplicate", "5 用户名 account.username.taken",
				"6 用户名 account.username.format", "7 学院 account.college.unknown", "8 角色 account.import.role.unknown",
				"9 姓名 account.displayName.required");
		assertThat(report.get("problems").get(0).get("reason").asString()).isEqualTo("用户名 " + collegeReviewer + " 与第 2 行重复");
		assertThat(exists(unknownCollege)).isFalse();
		assertThat(exists(admin)).isFalse();

		// the initial password works once and must be changed; the audit names the administrator, not the password
		String password = report.get("created").get(0).get("initialPassword").asString();
		MockHttpSession reviewer = AccountFixtures.login(mvc, collegeReviewer, password);
		mvc.perform(get("/reviews").session(reviewer)).andExpect(redirectedUrl("/account/password"));
		long id = jdbc.sql("select id from account where username = :u").param("u", collegeReviewer)
			.query(Long.class).single();
		assertThat(audit.of("account", String.valueOf(id))).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("account.created");
			assertThat(entry.actor()).isEqualTo(adminName);
			assertThat(entry.details().toString()).doesNotContain(password);
		});
	}

	@Test
	void thePageShowsTheReportWithTheInitialPasswordsOnceAndNoInlineScript() throws Exception {
		String username = AccountFixtures.uniqueName("page");
		byte[] file = workbook(List.of(List.of("用户名", "姓名", "角色", "学院"), List.of(username, "吴老师", "学校审核员", ""),
				List.of(username, "吴老师", "学校审核员", "")));
		String page = upload("/admin/accounts/import", file).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("共 2 行：已创建 1 个账户，1 行未创建").contains("只显示这一次")
			.contains("与第 2 行重复")
			.contains("id=\"download-created\"")
			.contains("/js/admin-accounts.js")
			.doesNotContainPattern("\\son[a-z]+=")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		String password = page.replaceAll("(?s).*<td><code>([^<]+)</code></td>.*", "$1");
		AccountFixtures.login(mvc, username, password);
	}

	@Test
	void malformedAndHostileFilesAreRefusedWholeWithAClearErrorAndCreateNothing() throws Exception {
		String username = AccountFixtures.uniqueName("refused");
		List<String> row = List.of(username, "冯老师", "学校审核员", "");
		byte[] valid = workbook(List.of(List.of("用户名", "姓名", "角色", "学院"), row));
		List<String> tooMany = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("用户名", "姓名", "角色", "学院"));
		rows.add(row);
		for (int i = 0; i < ReviewerImport.MAX_ROWS; i++) {
			rows.add(List.of(AccountFixtures.uniqueName("many"), "批量", "学校审核员", ""));
			tooMany.add(rows.get(rows.size() - 1).get(0));
		}

		assertRefused("用户名,姓名,角色,学院\r\n".getBytes(StandardCharsets.UTF_8), "account.import.file.unreadable");
		assertRefused(zipWithout(valid, "xl/workbook.xml"), "account.import.file.unreadable");
		assertRefused(zipBomb(valid), "account.import.file.unreadable");
		assertRefused(truncated(valid), "account.import.file.unreadable");
		assertRefused(workbook(List.of(List.of("用户名", "姓名", "角色"), row)), "account.import.file.missingColumns");
		assertRefused(workbook(List.of(List.of("用户名", "姓名", "角色", "学院"))), "account.import.file.noRows");
		assertRefused(workbook(rows), "account.import.file.tooManyRows");
		assertRefused(new byte[ReviewerImport.MAX_FILE_KILOBYTES * 1024 + 1], "account.import.file.tooLarge");
		assertRefused(new byte[0], "account.import.file.required");

		assertThat(exists(username)).isFalse();
		assertThat(tooMany).noneMatch(this::exists);
		mvc.perform(multipart("/admin/accounts/import").file(new MockMultipartFile("file", "x.xlsx", null, zipBomb(valid)))
				.session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无法读取该文件")))
			.andExpect(content().string(containsString("has-error")));
	}

	@Test
	void theTemplateHasTheColumnsTheImportReads(@TempDir Path dir) throws Exception {
		byte[] template = mvc.perform(get("/admin/accounts/import/template.xlsx").session(admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("reviewers-template.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		Path file = Files.write(dir.resolve("template.xlsx"), template);
		List<List<String>> rows = new ArrayList<>();
		XlsxSheetReader.read(file, (rowNo, cells) -> rows.add(cells));
		assertThat(rows).containsExactly(List.of("用户名", "姓名", "角色", "学院"));
		mvc.perform(get("/admin/accounts/import").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名、姓名、角色、学院")));
	}

	private void assertRefused(byte[] file, String code) throws Exception {
		upload("/api/v1/admin/accounts/imports", file).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value(code));
	}

	private ResultActions upload(String url, byte[] file) throws Exception {
		return mvc.perform(multipart(url).file(new MockMultipartFile("file", "reviewers.xlsx", null, file))
			.session(admin)
			.with(csrf()));
	}

	private boolean exists(String username) {
		return jdbc.sql("select exists (select 1 from account where username = :u)").param("u", username)
			.query(Boolean.class).single();
	}

	private static byte[] workbook(List<List<String>> rows) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("审核员");
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The workbook with its first sheet's XML padded by 20 MB of blanks, which deflate to a few kilobytes. */
	private static byte[] zipBomb(byte[] workbook) throws IOException {
		return rezip(workbook, (name, content) -> name.equals("xl/worksheets/sheet1.xml")
				? (new String(content, StandardCharsets.UTF_8).replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000)))
					.getBytes(StandardCharsets.UTF_8)
				: content);
	}

	private static byte[] zipWithout(byte[] workbook, String entry) throws IOException {
		return rezip(workbook, (name, content) -> name.equals(entry) ? null : content);
	}

	private static byte[] truncated(byte[] workbook) {
		return java.util.Arrays.copyOf(workbook, workbook.length / 2);
	}

	private static byte[] rezip(byte[] zip, EntryChange change) throws IOException {
		var out = new ByteArrayOutputStream();
		try (var in = new ZipInputStream(new java.io.ByteArrayInputStream(zip)); var zipOut = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = change.apply(entry.getName(), in.readAllBytes());
				if (content != null) {
					zipOut.putNextEntry(new ZipEntry(entry.getName()));
					zipOut.write(content);
					zipOut.closeEntry();
				}
			}
		}
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface EntryChange {

		byte[] apply(String name, byte[] content);
	}
}
