package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reviewers read an application's 户籍证明 exactly when they may review the application. */
@IntegrationTest
class OriginEvidenceAccessIntegrationTests {

	@Autowired
	OriginEvidenceAccess access;

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSchoolAndTheOwnCollegeMayReadOthersMayNot() {
		var graduates = new Graduates(jdbc, binding, verification);
		long collegeA = graduates.college();
		long collegeB = graduates.college();
		Graduate graduate = graduates.graduate(collegeA);
		long applicationId = graduates.submitted(graduate).applicationId();
		long fileId = 900_000_000L + applicationId;
		jdbc.sql("update verification_application set origin_evidence_id = :file where id = :id")
			.param("file", fileId)
			.param("id", applicationId)
			.update();
		var file = new EvidenceFile(fileId, graduate.account().id(), "image/jpeg", 1000, "hukou.jpg", "ORIGIN",
				Instant.now(), true);
		var unrelated = new EvidenceFile(fileId + 1, graduate.account().id(), "image/jpeg", 1000, "x.jpg", "ORIGIN",
				Instant.now(), true);

		assertThat(access.canRead(graduates.reviewer(Role.COLLEGE_REVIEWER, collegeA), file)).isTrue();
		assertThat(access.canRead(graduates.reviewer(Role.SCHOOL_REVIEWER, null), file)).isTrue();
		assertThat(access.canRead(graduates.reviewer(Role.COLLEGE_REVIEWER, collegeB), file)).isFalse();
		assertThat(access.canRead(graduates.reviewer(Role.ADMIN, null), file)).isFalse();
		assertThat(access.canRead(graduates.graduate(collegeA).account(), file)).isFalse();
		assertThat(access.canRead(graduates.reviewer(Role.SCHOOL_REVIEWER, null), unrelated)).isFalse();
	}
}
