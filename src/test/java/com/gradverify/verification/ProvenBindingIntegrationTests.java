package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.review.ReviewState;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link BindingService#bindProven}, the binding another channel (WeChat) asks for once it has proven
 * the account: only the account's own record, with the 学历 and 身份证号 proven, and never a change to
 * an application that is bound or under review already.
 */
@IntegrationTest
class ProvenBindingIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	Graduates graduates;

	@BeforeEach
	void setUp() {
		graduates = new Graduates(jdbc, binding, verification);
	}

	@Test
	void theOwnRecordIsBoundAndPreFilledWithoutAPhoneNumber() {
		Graduate graduate = graduates.graduate(graduates.college());

		assertThat(binding.bindProven(graduate.account(), "31", Graduates.YEAR, graduate.idCard()))
			.isEqualTo(BindingOutcome.BOUND);

		VerificationView view = verification.view(graduate.account());
		assertThat(view.bound()).isTrue();
		assertThat(view.form().getName()).isEqualTo(graduate.name());
		assertThat(view.form().getExamineeNo()).isNotNull();
		assertThat(view.form().getMobile()).isNull();
	}

	@Test
	void valuesThatAreNotTheOwnRecordsBindNothing() {
		Graduate graduate = graduates.graduate(graduates.college());
		Graduate other = graduates.graduate(graduates.college());

		assertThat(binding.bindProven(graduate.account(), "41", Graduates.YEAR, graduate.idCard()))
			.isEqualTo(BindingOutcome.NO_MATCH);
		assertThat(binding.bindProven(graduate.account(), "31", Graduates.YEAR, other.idCard()))
			.isEqualTo(BindingOutcome.NO_MATCH);
		assertThat(binding.bindProven(graduate.account(), "31", Graduates.YEAR + 1, graduate.idCard()))
			.isEqualTo(BindingOutcome.NO_MATCH);
		assertThat(verification.view(graduate.account()).bound()).isFalse();
	}

	@Test
	void aSubmittedApplicationIsLeftAsItIs() {
		Graduate graduate = graduates.graduate(graduates.college());
		VerificationView submitted = graduates.submitted(graduate);

		assertThat(binding.bindProven(graduate.account(), "31", Graduates.YEAR, graduate.idCard()))
			.isEqualTo(BindingOutcome.BOUND);

		VerificationView after = verification.view(graduate.account());
		assertThat(after.status()).isEqualTo(ReviewState.SUBMITTED);
		assertThat(after.version()).isEqualTo(submitted.version());
		assertThat(after.form().getMobile()).isEqualTo("13800138000");
	}
}
