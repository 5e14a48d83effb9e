package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The approved 异动 corrections read back from the XLSX: one row per corrected field, audited. */
@IntegrationTest
class ApprovedCorrectionsExportIntegrationTests {

	@Autowired
	AmendmentService amendments;

	@Autowired
	ApprovedCorrectionsExport corrections;

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail audit;

	@Test
	void anApprovedCorrectionIsOneRowWithOldAndNewValuesEvidenceApproverAndDate() throws IOException {
		var data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		SignedInAccount student = data.graduateWithEthnicityMismatch().account();
		SignedInAccount school = data.staff(Role.SCHOOL_REVIEWER, null);
		AmendmentView request = amendments.create(student, List.of(KeyField.ETHNICITY));
		amendments.attachEvidence(student, request.id(), KeyField.ETHNICITY, "身份证.png",
				AmendmentServiceIntegrationTests.photo());
		AmendmentView submitted = amendments.submit(student, request.id(),
				amendments.mine(student, request.id()).version());
		long collegeId = jdbc.sql("select college_id from verification_application where account_id = :a")
			.param("a", student.id())
			.query(Long.class)
			.single();

		var before = new ByteArrayOutputStream();
		assertThat(corrections.export(collegeId, TableFormat.XLSX, before, "exporter")).isZero();
		amendments.decide(school, submitted.id(), AmendmentDecision.APPROVE, "材料齐全", submitted.version());

		var out = new ByteArrayOutputStream();
		assertThat(corrections.export(collegeId, TableFormat.XLSX, out, "exporter")).isEqualTo(1);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			List<String> header = new ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).isEqualTo(ApprovedCorrectionsExport.headers());
			List<String> row = new ArrayList<>();
			sheet.getRow(1).forEach(c -> row.add(c.getStringCellValue()));
			assertThat(row).containsExactly(student.username(), row.get(1), row.get(2), row.get(3), "民族",
					AmendmentTestData.REGISTRY_ETHNICITY, "汉族", AmendmentTestData.CLAIMED_ETHNICITY, "回族", "1",
					school.displayName(), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		}
		assertThat(audit.of("export", "corrections")).anySatisfy(e -> {
			assertThat(e.actor()).isEqualTo("exporter");
			assertThat(e.details()).containsEntry("rows", 1);
		});
	}

	@Test
	void aCorrectedOriginPlaceIsNamedAsWrittenAndAHistoricalCodeAsItWasNamed() throws IOException {
		var data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		AmendmentTestData.Graduate graduate = data.boundGraduate();
		SignedInAccount student = graduate.account();
		// the registry still carries the code of 密云县, a 区 since 2015; the student writes the current one
		jdbc.sql("update registry_record set origin_place_code = '110228' where id = :id")
			.param("id", graduate.registryRecordId())
			.update();
		transactions.executeWithoutResult(tx -> {
			var view = verification.view(student);
			var form = view.form();
			form.setOriginPlaceCode("110118");
			verification.saveDraft(student, form, view.version());
		});
		AmendmentView submitted = AmendmentTestData.submitted(amendments, student, KeyField.ORIGIN_PLACE);
		amendments.decide(data.staff(Role.SCHOOL_REVIEWER, null), submitted.id(), AmendmentDecision.APPROVE, null,
				submitted.version());

		var out = new ByteArrayOutputStream();
		assertThat(corrections.export(graduate.collegeId(), TableFormat.CSV, out, "exporter")).isEqualTo(1);
		String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).findFirst().orElseThrow())
			.contains(",生源地,110228,北京市密云县,110118,北京市密云区,1,");
	}

	@Test
	void aListLongerThanOneChunkNamesEveryRowsGraduateAndApproverInOrder() {
		var data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		AmendmentTestData.Graduate first = data.boundGraduate();
		AmendmentTestData.Graduate second = data.boundGraduate();
		AmendmentTestData.Graduate elsewhere = data.boundGraduate();
		// the second graduate's 实名认证 is filed under the first one's college now
		jdbc.sql("update verification_application set college_id = :college where account_id = :account")
			.param("college", first.collegeId())
			.param("account", second.account().id())
			.update();
		SignedInAccount school = data.staff(Role.SCHOOL_REVIEWER, null);
		String gone = "gone" + school.username();
		// 1,601 approved requests, one field each, a second apart: turn by turn of the three graduates,
		// approved by turns by the school reviewer and by a username that no account has any more
		jdbc.sql("""
				with made as (
				  insert into amendment_request (account_id, application_id, registry_record_id, status, decided_by,
				      submitted_at, decided_at, graduation_year)
				  select v.account_id, v.id, v.registry_record_id, 'APPROVED',
				         case when i % 2 = 0 then :school else :gone end,
				         timestamptz '2026-03-01 08:00:00+08' + i * interval '1 second',
				         timestamptz '2026-03-02 08:00:00+08' + i * interval '1 second', 2026
				  from generate_series(0, 1600) i
				  join verification_application v
				    on v.account_id = (array[:first, :second, :elsewhere]::bigint[])[i % 3 + 1]
				  returning id)
				insert into amendment_field (request_id, field, registry_value, claimed_value)
				select id, 'ETHNICITY', '01', '03' from made""")
			.param("school", school.username())
			.param("gone", gone)
			.param("first", first.account().id())
			.param("second", second.account().id())
			.param("elsewhere", elsewhere.account().id())
			.update();

		var out = new ByteArrayOutputStream();
		assertThat(corrections.export(first.collegeId(), TableFormat.CSV, out, "exporter")).isEqualTo(1_068);
		List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).toList();
		assertThat(lines).hasSize(1_068);
		for (int row = 0; row < lines.size(); row++) {
			// rows of the graduate elsewhere (every third request) are left out
			int request = row / 2 * 3 + row % 2;
			String studentNo = (row % 2 == 0 ? first : second).account().username();
			String approver = request % 2 == 0 ? school.displayName() : gone;
			assertThat(lines.get(row)).as("row %d", row)
				.startsWith(studentNo + ",李四,")
				.contains(",民族,01,汉族,03,回族,0," + approver + ",2026-03-02");
		}
	}
}
