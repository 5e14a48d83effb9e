package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The roster read back: national columns, codes beside names, only verified graduates, audited. */
@IntegrationTest
class RosterExportIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ReviewService reviews;

	@Autowired
	RosterExport roster;

	@Autowired
	AuditTrail audit;

	long college;

	List<Graduate> verified = new ArrayList<>();

	@BeforeEach
	void setUp() {
		var graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		SignedInAccount collegeReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		for (int i = 0; i < 3; i++) {
			Graduate graduate = graduates.graduate(college);
			long id = graduates.submitted(graduate).applicationId();
			reviews.decide(collegeReviewer, "VERIFICATION", id, Decision.APPROVE, null, null);
			reviews.decide(school, "VERIFICATION", id, Decision.APPROVE, null, null);
			verified.add(graduate);
		}
		// waiting for the school: not verified, not in the roster
		Graduate waiting = graduates.graduate(college);
		long id = graduates.submitted(waiting).applicationId();
		reviews.decide(collegeReviewer, "VERIFICATION", id, Decision.APPROVE, null, null);
	}

	@Test
	void xlsxHasTheNationalColumnsCodesAndNamesOfVerifiedGraduatesOnly() throws IOException {
		var out = new ByteArrayOutputStream();
		long count = roster.export(new RosterFilter(college, null), TableFormat.XLSX, out, "exporter-xlsx");
		assertThat(count).isEqualTo(3);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(headers).startsWith("考生号", "身份证号", "姓名", "性别代码", "性别", "民族代码", "民族", "政治面貌代码")
				.contains("学历代码", "专业代码", "专业名称", "培养方式代码", "定向或委培单位", "生源所在地代码", "生源地", "学制",
						"入学时间", "毕业时间", "院系", "班级", "学号", "入学前档案所在单位", "入学前户口所在地派出所", "手机", "家庭地址",
						"家庭电话")
				.isEqualTo(RosterExport.headers());
			List<String> studentNos = new ArrayList<>();
			for (int r = 1; r <= 3; r++) {
				Map<String, String> row = row(sheet.getRow(r), headers);
				studentNos.add(row.get("学号"));
				assertThat(row).containsEntry("性别代码", "1")
					.containsEntry("性别", "男")
					.containsEntry("民族代码", "01")
					.containsEntry("民族", "汉族")
					.containsEntry("政治面貌代码", "13")
					.containsEntry("政治面貌", "群众")
					.containsEntry("学历代码", "31")
					.containsEntry("学历", "本科毕业")
					.containsEntry("专业代码", "080901")
					.containsEntry("培养方式代码", "1")
					.containsEntry("生源所在地代码", "430602")
					.containsEntry("生源地", "湖南省岳阳市岳阳楼区")
					.containsEntry("学制", "4")
					.containsEntry("入学时间", "2022-09-01")
					.containsEntry("毕业时间", "2026-06-30")
					.containsEntry("入学前户口所在地派出所", "湖南省岳阳市岳阳楼区三眼桥派出所")
					.containsEntry("手机", "13800138000")
					.containsEntry("家庭地址", "湖南省岳阳市岳阳楼区东茅岭路100号")
					.containsEntry("家庭电话", "0730-8640000");
				assertThat(row.get("身份证号")).hasSize(18);
			}
			assertThat(studentNos).containsExactlyInAnyOrderElementsOf(
					verified.stream().map(g -> g.account().username()).toList());
		}
		assertThat(audit.of("export", "roster")).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("exporter-xlsx");
			assertThat(entry.action()).isEqualTo("export.roster");
			assertThat(entry.details()).containsEntry("format", "XLSX").containsEntry("collegeId", (int) college);
		});
	}

	@Test
	void csvHasABomTheHeaderAndOneLinePerGraduateAndFiltersByMajor() {
		var out = new ByteArrayOutputStream();
		roster.export(new RosterFilter(college, "080901"), TableFormat.CSV, out, "exporter-csv");
		String csv = out.toString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF考生号,身份证号,姓名,性别代码,性别,民族代码,民族,");
		assertThat(csv.split("\r\n")).hasSize(4);

		var none = new ByteArrayOutputStream();
		assertThat(roster.export(new RosterFilter(college, "999999"), TableFormat.CSV, none, "exporter-csv")).isZero();
		assertThat(none.toString(StandardCharsets.UTF_8).split("\r\n")).hasSize(1);
	}

	@Test
	void filtersByAMajorCodeWithTheCataloguesSuffixInAnySpelling() {
		jdbc.sql("update verification_application set major_code = '120203K' where account_id = :id")
			.param("id", verified.get(0).account().id())
			.update();

		var out = new ByteArrayOutputStream();
		assertThat(roster.export(new RosterFilter(college, "120203k"), TableFormat.CSV, out, "exporter-csv")).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains(",120203K,");
	}

	private static Map<String, String> row(Row row, List<String> headers) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			var cell = row.getCell(i);
			values.put(headers.get(i), cell == null ? null : cell.getStringCellValue());
		}
		return values;
	}
}
