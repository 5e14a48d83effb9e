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
}
