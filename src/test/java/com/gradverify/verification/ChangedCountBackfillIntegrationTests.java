package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.gradverify.registry.RegistryRecordCorrected;
import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications saved before the 已修改 count existed get it at the next start, from the registry's
 * records, without a new version (no reviewer's open page goes stale); a corrected registry record
 * counts them again, as it compares the key fields again.
 */
@IntegrationTest
class ChangedCountBackfillIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ChangedCountBackfill backfill;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anApplicationWithoutACountIsCountedWithoutTouchingItsVersion() {
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		long changed = graduates.submitted(graduates.graduate(college), form -> {
			form.setClassName("计科2209");
			form.setEnrolmentDate(java.time.LocalDate.of(2022, 9, 2));
		}).applicationId();
		long clean = graduates.submitted(graduates.graduate(college)).applicationId();
		long unbound = graduates.submittedUnbound(graduates.graduate(college)).applicationId();
		assertThat(count(changed)).isEqualTo(2);
		jdbc.sql("update verification_application set changed_count = null where id in (:ids)")
			.param("ids", java.util.List.of(changed, clean, unbound))
			.update();
		long version = version(changed);

		backfill.countMissing();

		assertThat(count(changed)).isEqualTo(2);
		assertThat(count(clean)).isZero();
		assertThat(count(unbound)).isZero();
		assertThat(version(changed)).isEqualTo(version);
	}

	@Test
	void aCorrectedRegistryRecordCountsTheApplicationsChangesAgain() {
		var graduates = new Graduates(jdbc, binding, verification);
		var graduate = graduates.graduate(graduates.college());
		long id = graduates.submitted(graduate, form -> form.setClassName("计科2209")).applicationId();
		assertThat(count(id)).isEqualTo(1);
		long recordId = graduates.recordId(graduate);

		transactions.executeWithoutResult(tx -> {
			jdbc.sql("update registry_record set class_name = '计科2209' where id = :id").param("id", recordId).update();
			events.publishEvent(new RegistryRecordCorrected(recordId, 0));
		});

		assertThat(count(id)).isZero();
	}

	private Integer count(long id) {
		return jdbc.sql("select changed_count from verification_application where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	private long version(long id) {
		return jdbc.sql("select version from verification_application where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}
}
