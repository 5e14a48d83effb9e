package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import com.gradverify.account.Role;
import com.gradverify.account.StaffAccounts;
import com.gradverify.audit.AuditTrail;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry import end to end on PostgreSQL, through the JSON API. Each test imports a
 * graduation year of its own, so that tests sharing the database stay independent.
 */
@IntegrationTest
class RegistryImportIntegrationTests {

	private static final String API = "/api/v1/admin/registry/imports";

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryRecords records;

	@Autowired
	AuditTrail audit;

	@Autowired
	RegistryImports imports;

	@Autowired
	JsonMapper json;

	@Autowired
	RegistryImportProperties properties;

	@Autowired
	DataSource dataSource;

	@Autowired
	StaffAccounts staff;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void importsValidRowsAndReportsEachRejectedValue() throws Exception {
		var good1 = RegistryFiles.row(2011, 1);
		var badIdCard = RegistryFiles.with(RegistryFiles.row(2011, 2), "身份证号", "430602198901030011");
		var good2 = RegistryFiles.with(RegistryFiles.row(2011, 3), "考生号", "");
		var twoProblems = RegistryFiles.with(RegistryFiles.with(RegistryFiles.row(2011, 4), "姓名", ""), "学制", "12");
		var duplicateStudentNo = RegistryFiles.with(RegistryFiles.row(2011, 5), "学号", good1.get("学号"));
		var good3 = RegistryFiles.with(RegistryFiles.row(2011, 6), "身份证号",
				RegistryFiles.row(2011, 6).get("身份证号").replace('X', 'x'));
		String csv = RegistryFiles.csv(List.of(good1, badIdCard, good2, twoProblems, duplicateStudentNo, good3));

		JsonNode report = importAndWait(csv.getBytes(StandardCharsets.UTF_8), "2011.csv", "2011");

		assertThat(report.get("status").asString()).isEqualTo("DONE");
		assertThat(counts(report)).containsExactly(6, 6, 3, 0, 0, 3);
		assertThat(report.get("errors").valueStream()
			.map(e -> e.get("row").asInt() + "|" + e.get("column").asString() + "|" + e.get("value").asString() + "|"
					+ e.get("reason").asString())
			.toList()).containsExactly("3|身份证号|430602************|身份证号校验位不正确，请核对", "5|姓名||必填项为空",
					"5|学制|12|学制应为 1.5–9.5 年之间、以 0.5 年为单位的数值", "6|学号|" + good1.get("学号") + "|学号与本文件前面的行重复");
		assertThat(records.findByStudentNo(2011, good2.get("学号"))).hasValueSatisfying(r -> {
			assertThat(r.name()).isEqualTo(good2.get("姓名"));
			assertThat(r.examineeNo()).isNull();
			assertThat(r.originPlaceCode()).isEqualTo("430621");
		});
		assertThat(records.findByIdCard(2011, good3.get("身份证号").toUpperCase())).isPresent();
		assertThat(jdbc.sql("select count(*) from account where role = 'STUDENT' and username in (:nos)")
			.param("nos", List.of(good1.get("学号"), good2.get("学号"), good3.get("学号")))
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(audit.of("registry_import", report.get("id").asString())).singleElement()
			.satisfies(e -> assertThat(e.details()).containsEntry("inserted", 3).containsEntry("rejected", 3));
	}

	@Test
	void reimportingTheSameFileChangesNothingAndACorrectedFileUpdatesWithHistory() throws Exception {
		var rows = List.of(RegistryFiles.row(2012, 1), RegistryFiles.row(2012, 2), RegistryFiles.row(2012, 3));
		byte[] file = RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8);
		importAndWait(file, "2012.csv", "2012");

		JsonNode again = importAndWait(file, "2012.csv", "2012");
		assertThat(counts(again)).containsExactly(3, 3, 0, 0, 3, 0);

		var corrected = List.of(rows.get(0), RegistryFiles.with(rows.get(1), "姓名", "改名"), rows.get(2));
		JsonNode fixed = importAndWait(RegistryFiles.csv(corrected).getBytes(StandardCharsets.UTF_8), "2012b.csv", "2012");
		assertThat(counts(fixed)).containsExactly(3, 3, 0, 1, 2, 0);
		long recordId = records.findByStudentNo(2012, rows.get(1).get("学号")).orElseThrow().id();
		assertThat(records.find(recordId).orElseThrow().name()).isEqualTo("改名");
		assertThat(jdbc.sql("select old_values ->> 'name' from registry_record_history where record_id = :id and import_id = :imp")
			.param("id", recordId)
			.param("imp", UUID.fromString(fixed.get("id").asString()))
			.query(String.class)
			.list()).containsExactly(rows.get(1).get("姓名"));
	}

	@Test
	void rejectsAStudentNoThatBelongsToSomeoneElseOfTheYear() throws Exception {
		var first = RegistryFiles.row(2013, 1);
		importAndWait(RegistryFiles.csv(List.of(first)).getBytes(StandardCharsets.UTF_8), "a.csv", "2013");
		var impostor = RegistryFiles.with(RegistryFiles.row(2013, 2), "学号", first.get("学号"));
		var other = RegistryFiles.row(2013, 3);

		JsonNode report = importAndWait(RegistryFiles.csv(List.of(impostor, other)).getBytes(StandardCharsets.UTF_8),
				"b.csv", "2013");

		assertThat(counts(report)).containsExactly(2, 2, 1, 0, 0, 1);
		assertThat(report.at("/errors/0/row").asInt()).isEqualTo(2);
		assertThat(report.at("/errors/0/reason").asString()).isEqualTo("该学号在本年度已属于另一身份证号的学生");
		assertThat(records.findByStudentNo(2013, first.get("学号")).orElseThrow().idCard()).isEqualTo(first.get("身份证号"));
	}

	@Test
	void aNewYearWhoseStudentHasAnAccountOfAnotherYearMovesItAndCreatesTheRest() throws Exception {
		var earlier = RegistryFiles.row(2001, 1);
		importAndWait(RegistryFiles.csv(List.of(earlier)).getBytes(StandardCharsets.UTF_8), "2001.csv", "2001");
		var again = RegistryFiles.with(earlier, "毕业时间", "2002-06-30");
		var rows = List.of(RegistryFiles.row(2002, 1), again, RegistryFiles.row(2002, 2));

		JsonNode report = importAndWait(RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8), "2002.csv", "2002");

		assertThat(report.get("status").asString()).isEqualTo("DONE");
		assertThat(counts(report)).containsExactly(3, 3, 3, 0, 0, 0);
		assertThat(studentAccounts(rows)).isEqualTo(3);
		assertThat(jdbc.sql("select graduation_year from account where username = :u")
			.param("u", earlier.get("学号"))
			.query(Integer.class)
			.single()).isEqualTo(2002);
	}

	@Test
	void anImportWhoseAccountsCannotBeCreatedFailsWithItsReasonAndARepeatedImportRepairsIt() throws Exception {
		var rows = List.of(RegistryFiles.row(2019, 1), RegistryFiles.row(2019, 2));
		byte[] file = RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8);
		String refused = rows.get(1).get("学号");
		jdbc.sql("alter table account add constraint test_refuses_student check (username <> '" + refused + "') not valid")
			.update();
		JsonNode failed;
		try {
			failed = importAndWait(file, "2019.csv", "2019");
		}
		finally {
			jdbc.sql("alter table account drop constraint test_refuses_student").update();
		}

		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("failureReason").asString()).isEqualTo("学籍记录已保存，但学院、专业或学生账号未能全部创建；请重新导入该文件以补全");
		assertThat(spooledFiles()).isEmpty();
		assertThat(records.findByStudentNo(2019, refused)).isPresent();
		assertThat(studentAccounts(rows)).isZero();

		JsonNode repaired = importAndWait(file, "2019.csv", "2019");

		assertThat(repaired.get("status").asString()).isEqualTo("DONE");
		assertThat(counts(repaired)).containsExactly(2, 2, 0, 0, 2, 0);
		assertThat(studentAccounts(rows)).isEqualTo(2);
	}

	@Test
	void importsAGbkCsv() throws Exception {
		var row = RegistryFiles.with(RegistryFiles.row(2014, 1), "院系", "外国语学院");
		byte[] gbk = RegistryFiles.csv(List.of(row)).getBytes(Charset.forName("GBK"));

		JsonNode report = importAndWait(gbk, "gbk.csv", "2014");

		assertThat(counts(report)).containsExactly(1, 1, 1, 0, 0, 0);
		assertThat(records.findByStudentNo(2014, row.get("学号")).orElseThrow().collegeName()).isEqualTo("外国语学院");
	}

	@Test
	void aNulCharacterPastTheFilesHeadRejectsItsRowAndNotTheImport() throws Exception {
		// a NUL within the first 64 KB makes the file look binary, and it is refused as a whole
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 400; i++) {
			rows.add(RegistryFiles.row(2008, i));
		}
		var withNul = RegistryFiles.with(RegistryFiles.row(2008, 401), "姓名", "张\u0000三");
		rows.add(withNul);
		byte[] csv = RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8);
		assertThat(csv.length).isGreaterThan(64 * 1024);

		JsonNode report = importAndWait(csv, "C:\\学籍\\2008\u0000.csv", "2008");

		assertThat(report.get("status").asString()).isEqualTo("DONE");
		assertThat(counts(report)).containsExactly(401, 401, 400, 0, 0, 1);
		assertThat(report.get("errors").get(0).get("reason").asString()).contains("U+0000");
		assertThat(report.get("fileName").asString()).isEqualTo("2008.csv");
		assertThat(records.findByStudentNo(2008, withNul.get("学号"))).isEmpty();
	}

	@Test
	void importsAnXlsxWithNumericAndDateCells() throws Exception {
		Map<String, String> row = RegistryFiles.row(2015, 1);

		JsonNode report = importAndWait(xlsx(List.of(row)), "r.xlsx", "2015");

		assertThat(counts(report)).containsExactly(1, 1, 1, 0, 0, 0);
		assertThat(records.findByStudentNo(2015, row.get("学号"))).hasValueSatisfying(r -> {
			assertThat(r.examineeNo()).isEqualTo(row.get("考生号"));
			assertThat(r.graduationDate()).isEqualTo("2015-06-30");
		});
	}

	/** Majors of the 本科 (K, T, TK), 高职专科 and 研究生 catalogues, in the way registries write them. */
	private static final List<String> MAJOR_CODES = List.of("120203K", "020301K", "100201K", "080910t", "030107TK",
			"510201", "0812", "081201", "0812Z1");

	/** 生源地 codes the 2023 statistical list lacks: a city without counties, abolished and renamed divisions. */
	private static final List<String> ORIGIN_PLACES = List.of("620200", "441900", "110228", "371202");

	@Test
	void importsTheCataloguesMajorCodesAndRegistryDivisionCodesFromCsvAndAgain() throws Exception {
		List<Map<String, String>> rows = nationalCodes(2003);

		importsTwiceUnchanged(2003, RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8), "2003.csv", rows);
	}

	@Test
	void importsTheCataloguesMajorCodesAndRegistryDivisionCodesFromXlsxAndAgain() throws Exception {
		List<Map<String, String>> rows = nationalCodes(2004);

		importsTwiceUnchanged(2004, xlsx(rows), "2004.xlsx", rows);
	}

	/** The file imports every row, a second time changes none, and the codes are stored in their normal form. */
	private void importsTwiceUnchanged(int year, byte[] file, String name, List<Map<String, String>> rows)
			throws Exception {
		JsonNode first = importAndWait(file, name, String.valueOf(year));
		JsonNode again = importAndWait(file, name, String.valueOf(year));

		assertThat(first.get("errorCount").asLong()).as(first.get("errors").toString()).isZero();
		assertThat(counts(first)).containsExactly(rows.size(), rows.size(), rows.size(), 0, 0, 0);
		assertThat(counts(again)).containsExactly(rows.size(), rows.size(), 0, 0, rows.size(), 0);
		for (Map<String, String> row : rows) {
			assertThat(records.findByStudentNo(year, row.get("学号"))).hasValueSatisfying(r -> {
				assertThat(r.majorCode()).isEqualTo(row.get("专业代码").toUpperCase());
				assertThat(r.originPlaceCode()).isEqualTo(row.get("生源所在地代码"));
			});
		}
	}

	@Test
	void groupsTheReportByColumnAndReasonWithTheFirstRowsOfEach() throws Exception {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			var row = RegistryFiles.row(2005, i);
			if (i % 3 == 0) {
				row = RegistryFiles.with(row, "专业代码", "12020K");
			}
			if (i == 4 || i == 11) {
				row = RegistryFiles.with(row, "生源所在地代码", "430600");
			}
			rows.add(row);
		}

		JsonNode report = importAndWait(RegistryFiles.csv(rows).getBytes(StandardCharsets.UTF_8), "2005.csv", "2005");

		assertThat(report.get("errorCount").asLong()).isEqualTo(8);
		assertThat(report.get("errors")).hasSize(8);
		assertThat(report.get("problemGroups").valueStream()
			.map(g -> g.get("column").asString() + "|" + g.get("reason").asString() + "|" + g.get("count").asLong() + "|"
					+ g.get("exampleRows").valueStream().map(JsonNode::asString).toList())
			.toList()).containsExactly(
					"专业代码|专业代码应按专业目录填写：本科为 6 位数字，可带 K、T 或 TK（如 120203K）；高职专科为 6 位数字；研究生为 4 或 6 位（如 0812、081201、0812Z1）|6|[4, 7, 10, 13, 16]",
					"生源所在地代码|不是有效的 6 位行政区划代码|2|[5, 12]");
		mvc.perform(get("/admin/registry/imports/" + report.get("id").asString()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6 行")))
			.andExpect(content().string(containsString("第 4、7、10、13、16 行 …")))
			.andExpect(content().string(containsString("第 5、12 行<")));
	}

	@Test
	void namesTheCollegesAndMajorsAnImportCreatedAndFlagsCollegesWithoutReviewer() throws Exception {
		String college = "经济与管理学院" + UUID.randomUUID().toString().substring(0, 8);
		var accounting = RegistryFiles.with(RegistryFiles.with(RegistryFiles.row(2006, 1), "院系", college), "专业代码",
				"120203K");
		accounting = RegistryFiles.with(accounting, "专业名称", "会计学" + college);
		var finance = RegistryFiles.with(RegistryFiles.with(RegistryFiles.row(2006, 2), "院系", college), "专业代码",
				"020301K");
		finance = RegistryFiles.with(finance, "专业名称", "金融学" + college);
		byte[] csv = RegistryFiles.csv(List.of(accounting, finance)).getBytes(StandardCharsets.UTF_8);

		JsonNode first = importAndWait(csv, "2006.csv", "2006");
		JsonNode again = importAndWait(csv, "2006.csv", "2006");

		assertThat(first.get("createdColleges").valueStream()
			.map(c -> c.get("name").asString() + "|" + c.get("hasReviewer").asBoolean())
			.toList()).containsExactly(college + "|false");
		assertThat(first.get("createdMajors").valueStream()
			.map(m -> m.get("code").asString() + " " + m.get("name").asString())
			.toList()).containsExactlyInAnyOrder("120203K 会计学" + college, "020301K 金融学" + college);
		assertThat(again.get("createdColleges")).isEmpty();
		assertThat(again.get("createdMajors")).isEmpty();
		mvc.perform(get("/admin/registry").with(admin()))
			.andExpect(content().string(containsString(college)));

		staff.createIfAbsent("rev" + college.substring(college.length() - 8), "审核员", Role.COLLEGE_REVIEWER, college, "Reviewer@2027", true);

		mvc.perform(get("/admin/registry").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(college))));
		mvc.perform(get("/admin/registry/imports/" + first.get("id").asString()).with(admin()))
			.andExpect(content().string(containsString(college)))
			.andExpect(content().string(not(containsString("尚无学院审核员"))));
	}

	/** One row per major code, the origin places taking turns. */
	private static List<Map<String, String>> nationalCodes(int year) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < MAJOR_CODES.size(); i++) {
			var row = RegistryFiles.with(RegistryFiles.row(year, i + 1), "专业代码", MAJOR_CODES.get(i));
			rows.add(RegistryFiles.with(row, "生源所在地代码", ORIGIN_PLACES.get(i % ORIGIN_PLACES.size())));
		}
		return rows;
	}

	/** An XLSX of the rows as spreadsheets hold them: numbers as numeric cells, dates as date cells. */
	private static byte[] xlsx(List<Map<String, String>> rows) throws IOException {
		List<String> headers = List.copyOf(rows.get(0).keySet());
		var out = new ByteArrayOutputStream();
		try (var workbook = new SXSSFWorkbook()) {
			var date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			var sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row data = sheet.createRow(r + 1);
				for (int i = 0; i < headers.size(); i++) {
					String value = rows.get(r).get(headers.get(i));
					switch (headers.get(i)) {
						case "考生号", "学号", "学制", "生源所在地代码" -> data.createCell(i).setCellValue(Double.parseDouble(value));
						case "毕业时间", "出生日期" -> {
							var cell = data.createCell(i);
							cell.setCellValue(java.time.LocalDate.parse(value));
							cell.setCellStyle(date);
						}
						default -> data.createCell(i).setCellValue(value);
					}
				}
			}
			workbook.write(out);
			workbook.dispose();
		}
		return out.toByteArray();
	}

	@Test
	void refusesUnusableUploadsAtOnceAndQueuesNothing() throws Exception {
		int before = importCount();
		byte[] good = RegistryFiles.csv(List.of(RegistryFiles.row(2016, 1))).getBytes(StandardCharsets.UTF_8);

		refused(file(new byte[0], "e.csv"), "2016", "file", "文件为空");
		refused(file(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 }, "x.csv"), "2016", "file",
				"文件不是 CSV（UTF-8 或 GBK 编码）或 XLSX 格式；旧版 .xls 文件请先另存为 .xlsx");
		refused(file("姓名,身份证号,院系\n张三,1,文学院\n".getBytes(StandardCharsets.UTF_8), "h.csv"), "2016", "file",
				"缺少必需的列：学历代码、毕业时间、学号");
		refused(file(good, "g.csv"), "abc", "graduationYear", null);
		refused(file(good, "g.csv"), "1999", "graduationYear", null);
		mvc.perform(multipart(API).param("graduationYear", "2016").with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));

		assertThat(importCount()).isEqualTo(before);
		assertThat(spooledFiles()).isEmpty();
	}

	@Test
	@DisabledOnOs(value = OS.WINDOWS, disabledReason = "owner-only permissions are POSIX permissions")
	void anUploadWaitsOwnerOnlyWhileItsImportRunsAndIsDeletedWhenItEnds() throws Exception {
		byte[] file = RegistryFiles.csv(List.of(RegistryFiles.row(2007, 1))).getBytes(StandardCharsets.UTF_8);
		String location;
		// holding back the import's writes keeps it running, with its upload in the spool folder
		try (Connection blocker = dataSource.getConnection()) {
			blocker.setAutoCommit(false);
			try (Statement lock = blocker.createStatement()) {
				lock.execute("lock table registry_record in exclusive mode");
			}
			location = start(file, "2007.csv", "2007");

			assertThat(spooledFiles()).singleElement().satisfies(upload -> {
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload))).isEqualTo("rw-------");
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload.getParent())))
					.isEqualTo("rwx------");
			});
			blocker.rollback();
		}

		assertThat(waitForEnd(location).get("status").asString()).isEqualTo("DONE");
		assertThat(spooledFiles()).isEmpty();
	}

	@Test
	void uploadsLeftByACrashedRunAreSweptAtStartUp() throws Exception {
		Path leftover = Files.writeString(Files.createDirectories(properties.spoolDir()).resolve("registry-1.part"),
				"学号,身份证号\n");
		Files.setLastModifiedTime(leftover, FileTime.fromMillis(0));

		imports.sweepLeftoverUploads();

		assertThat(leftover).doesNotExist();
	}

	@Test
	void marksImportsWhoseHeartbeatStoppedAsFailedButNotThoseStillAtWorkElsewhere() {
		UUID abandoned = runningImport(2001, "now() - interval '2 minutes'");
		UUID elsewhere = runningImport(2002, "now()");

		imports.heartbeatAndFailStale();

		ImportStatus failed = imports.status(abandoned).orElseThrow();
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.failureReason()).contains("导入中断", "重新导入");
		assertThat(failed.finishedAt()).isNotNull();
		assertThat(imports.status(elsewhere).orElseThrow().status()).isEqualTo("RUNNING");
		jdbc.sql("delete from registry_import where id = :id").param("id", elsewhere).update();
	}

	@Test
	void refusesASecondImportOfAYearWhileOneRunsOnAnyInstanceAndQueuesNothing() throws Exception {
		UUID elsewhere = runningImport(2009, "now()");
		int before = importCount();
		byte[] file = RegistryFiles.csv(List.of(RegistryFiles.row(2009, 1))).getBytes(StandardCharsets.UTF_8);
		try {
			mvc.perform(multipart(API).file(file(file, "2009.csv")).param("graduationYear", "2009")
					.with(admin())
					.with(csrf()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("registry.import.yearRunning"))
				.andExpect(jsonPath("$.detail").value("该届已有一个导入任务正在进行，请等它完成后再导入"));
			assertThat(importCount()).isEqualTo(before);
			assertThat(spooledFiles()).isEmpty();
		}
		finally {
			jdbc.sql("delete from registry_import where id = :id").param("id", elsewhere).update();
		}

		assertThat(importAndWait(file, "2009.csv", "2009").get("status").asString()).isEqualTo("DONE");
	}

	/** An import another instance started, as its row is, with the heartbeat it last wrote. */
	private UUID runningImport(int year, String heartbeat) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into registry_import (id, graduation_year, file_name, status, started_by, heartbeat_at) "
				+ "values (:id, :year, 'x.csv', 'RUNNING', 'admin', " + heartbeat + ")")
			.param("id", id)
			.param("year", year)
			.update();
		return id;
	}

	@Test
	void offersATemplateThatImportsCleanly() throws Exception {
		byte[] template = mvc.perform(get("/admin/registry/template.csv").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(new String(template, StandardCharsets.UTF_8)).startsWith("\uFEFF考生号,身份证号,姓名");
		assertThat(counts(importAndWait(template, "template.csv", "2025"))).containsExactly(1, 1, 1, 0, 0, 0);
	}

	private JsonNode importAndWait(byte[] content, String name, String year) throws Exception {
		return waitForEnd(start(content, name, year));
	}

	/** Starts an import; returns its location. */
	private String start(byte[] content, String name, String year) throws Exception {
		return mvc.perform(multipart(API).file(file(content, name)).param("graduationYear", year)
				.with(admin())
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(API + "/")))
			.andReturn()
			.getResponse()
			.getHeader("Location");
	}

	private JsonNode waitForEnd(String location) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			String body = mvc.perform(get(location).with(admin()).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			JsonNode report = json.readTree(body);
			if (!"RUNNING".equals(report.get("status").asString())) {
				return report;
			}
			assertThat(Instant.now()).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private void refused(MockMultipartFile file, String year, String field, String message) throws Exception {
		var result = mvc.perform(multipart(API).file(file).param("graduationYear", year).with(admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
		if (message != null) {
			result.andExpect(jsonPath("$.errors[0].message").value(message));
		}
	}

	private static List<Integer> counts(JsonNode report) {
		return List.of(report.get("total").asInt(), report.get("processed").asInt(), report.get("inserted").asInt(),
				report.get("updated").asInt(), report.get("unchanged").asInt(), report.get("rejected").asInt());
	}

	private int studentAccounts(List<Map<String, String>> rows) {
		return jdbc.sql("select count(*) from account where role = 'STUDENT' and username in (:nos)")
			.param("nos", rows.stream().map(r -> r.get("学号")).toList())
			.query(Integer.class)
			.single();
	}

	private List<Path> spooledFiles() throws IOException {
		if (!Files.exists(properties.spoolDir())) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(properties.spoolDir())) {
			return files.toList();
		}
	}

	private int importCount() {
		return jdbc.sql("select count(*) from registry_import").query(Integer.class).single();
	}

	private static MockMultipartFile file(byte[] content, String name) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}
}
