package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The verified gate answers yes only after the school's final approval, and says so again after a later change. */
@IntegrationTest
class VerifiedGateIntegrationTests {

	@Autowired
	VerifiedGate gate;

	@Autowired
	ReviewService reviews;

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheSchoolsFinalApprovalOpensTheGate() {
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		SignedInAccount collegeReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		Graduate graduate = graduates.graduate(college);
		long accountId = graduate.account().id();

		assertClosed(accountId);
		long id = graduates.submitted(graduate).applicationId();
		assertClosed(accountId);
		reviews.decide(collegeReviewer, "VERIFICATION", id, Decision.APPROVE, null, null);
		assertClosed(accountId);

		reviews.decide(school, "VERIFICATION", id, Decision.APPROVE, null, null);

		assertThat(gate.isVerified(accountId)).isTrue();
		assertThatCode(() -> gate.requireVerified(accountId)).doesNotThrowAnyException();
	}

	@Test
	void aRejectedApplicationAndAnAccountWithoutOneAreNotVerified() {
		var graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		reviews.decide(graduates.reviewer(Role.COLLEGE_REVIEWER, college), "VERIFICATION", id, Decision.REJECT,
				"信息有误", null);

		assertClosed(graduate.account().id());
		assertClosed(Long.MAX_VALUE);
	}

	private void assertClosed(long accountId) {
		assertThat(gate.isVerified(accountId)).isFalse();
		assertThatThrownBy(() -> gate.requireVerified(accountId))
			.isInstanceOfSatisfying(VerificationRequiredException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("verification.required.first"));
	}
}
