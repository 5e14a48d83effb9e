package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.audit.AuditTrail;
import com.gradverify.demo.SyntheticRegistry;
import com.gradverify.registry.importing.ImportStatus;
import com.gradverify.registry.importing.RegistryImports;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.shared.NotFoundException;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A re-import that changes a bound record compares its application again, as an approved change
 * request does; one that moves a student to another college moves the undecided application too.
 */
@IntegrationTest
class RegistryReimportIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	RegistryImports imports;

	@Autowired
	ReviewService reviews;

	@Autowired
	AuditTrail audit;

	@Test
	void aReimportedChangeMarksTheSubmittedApplicationAndKeepsItOutOfBatchApproval() throws Exception {
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		var graduate = graduates.graduate(college);
		long applicationId = graduates.submitted(graduate).applicationId();
		assertThat(counts(applicationId)).containsEntry("mismatch_count", 0).containsEntry("registry_changed", false);

		ImportStatus status = reimport(graduate.account().username(), Map.of("民族代码", "02"));

		assertThat(status.updated()).isEqualTo(1);
		assertThat(counts(applicationId)).containsEntry("mismatch_count", 1).containsEntry("registry_changed", true);
		var batch = reviews.batchApprove(graduates.reviewer(Role.COLLEGE_REVIEWER, college), VerificationReviews.KIND,
				List.of(applicationId));
		assertThat(batch.approved()).isEmpty();
		assertThat(batch.refused()).singleElement().satisfies(r -> assertThat(r.reasonCode()).isEqualTo("review.batch.mismatches"));
	}

	@Test
	void anUnchangedReimportLeavesTheApplicationAlone() throws Exception {
		var graduates = new Graduates(jdbc, binding, verification);
		var graduate = graduates.graduate(graduates.college());
		long applicationId = graduates.submitted(graduate).applicationId();
		long version = version(applicationId);

		ImportStatus status = reimport(graduate.account().username(), Map.of());

		assertThat(status.unchanged()).isEqualTo(1);
		assertThat(version(applicationId)).isEqualTo(version);
		assertThat(counts(applicationId)).containsEntry("registry_changed", false);
	}

	@Test
	void aStudentMovedToAnotherCollegeTakesTheUndecidedApplicationAlong() throws Exception {
		var graduates = new Graduates(jdbc, binding, verification);
		long oldCollege = graduates.college();
		long newCollege = graduates.college();
		var waiting = graduates.graduate(oldCollege);
		long waitingId = graduates.submitted(waiting).applicationId();
		var decided = graduates.graduate(oldCollege);
		var decidedView = graduates.submitted(decided);
		var oldReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, oldCollege);
		reviews.decide(oldReviewer, VerificationReviews.KIND, decidedView.applicationId(), Decision.APPROVE, null,
				decidedView.version());
		long waitingVersion = version(waitingId);

		reimport(waiting.account().username(), Map.of("院系", graduates.collegeName(newCollege)));
		reimport(decided.account().username(), Map.of("院系", graduates.collegeName(newCollege)));

		var newReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, newCollege);
		assertThat(reviews.target(newReviewer, VerificationReviews.KIND, waitingId).id()).isEqualTo(waitingId);
		assertThatThrownBy(() -> reviews.target(oldReviewer, VerificationReviews.KIND, waitingId))
			.isInstanceOf(NotFoundException.class);
		assertThat(version(waitingId)).as("a form loaded before the move is stale").isGreaterThan(waitingVersion);
		assertThat(audit.of("verification", Long.toString(waitingId)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("review.collegeChanged"));
		assertThat(jdbc.sql("select college_id from verification_application where id = :id")
			.param("id", decidedView.applicationId())
			.query(Long.class)
			.single()).as("the college that approved keeps it").isEqualTo(oldCollege);
	}

	@Test
	void anApplicationOpenedFromASessionOlderThanTheMoveGoesToTheNewCollege() throws Exception {
		var graduates = new Graduates(jdbc, binding, verification);
		long newCollege = graduates.college();
		var graduate = graduates.graduate(graduates.college());
		reimport(graduate.account().username(), Map.of("院系", graduates.collegeName(newCollege)));

		// graduate.account() is the signed-in principal from before the import, still naming the old college
		long applicationId = verification.view(graduate.account()).applicationId();

		assertThat(jdbc.sql("select college_id from verification_application where id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.single()).isEqualTo(newCollege);
	}

	/** Imports the graduate's record as it is stored, with {@code changes} by header, and waits for the result. */
	private ImportStatus reimport(String studentNo, Map<String, String> changes) throws Exception {
		Map<String, Object> record = jdbc.sql("""
				select examinee_no, id_card, name, gender_code, ethnic_code, political_code, education_code, major_code,
				       major_name, training_mode_code, sponsor_unit, origin_place_code, schooling_length, enrolment_date,
				       graduation_date, college_name, class_name, student_no, birth_date, normal_student_code,
				       difficulty_code, urban_rural_code
				from registry_record where graduation_year = :year and student_no = :no""")
			.param("year", Graduates.YEAR)
			.param("no", studentNo)
			.query()
			.singleRow();
		List<Object> values = List.copyOf(record.values().stream().map(v -> v == null ? "" : v).toList());
		var row = new StringBuilder();
		for (int i = 0; i < SyntheticRegistry.HEADERS.size(); i++) {
			String header = SyntheticRegistry.HEADERS.get(i);
			row.append(i == 0 ? "" : ",").append(changes.getOrDefault(header, values.get(i).toString()));
		}
		byte[] csv = (String.join(",", SyntheticRegistry.HEADERS) + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
		UUID id = imports.start("reimport.csv", csv.length, new ByteArrayInputStream(csv), Graduates.YEAR, "test");
		ImportStatus status = imports.status(id).orElseThrow();
		for (int i = 0; i < 300 && status.running(); i++) {
			Thread.sleep(100);
			status = imports.status(id).orElseThrow();
		}
		assertThat(status.status()).isEqualTo("DONE");
		return status;
	}

	private Map<String, Object> counts(long applicationId) {
		return jdbc.sql("select mismatch_count, registry_changed from verification_application where id = :id")
			.param("id", applicationId)
			.query()
			.singleRow();
	}

	private long version(long applicationId) {
		return jdbc.sql("select version from verification_application where id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.single();
	}
}
