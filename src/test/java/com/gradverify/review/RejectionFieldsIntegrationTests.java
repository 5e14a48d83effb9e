package com.gradverify.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rejection that points at the form's fields, at both levels, on PostgreSQL. */
@IntegrationTest
class RejectionFieldsIntegrationTests {

	private static final String KIND = "VERIFICATION";

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewHistory history;

	@Autowired
	AuditTrail audit;

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	JdbcClient jdbc;

	Graduates graduates;

	long college;

	SignedInAccount reviewer;

	SignedInAccount school;

	@BeforeEach
	void setUp() {
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
	}

	@Test
	void theVerificationFormOffersEveryFieldWithItsLabel() {
		assertThat(reviews.fields(KIND)).extracting(ReviewField::name)
			.startsWith("name", "genderCode")
			.contains("policeStation", "homePhone", "originPlaceCode", "homeDivisionCode")
			.hasSize(32);
		assertThat(reviews.fields(KIND)).allSatisfy(f -> assertThat(f.labelCode()).isEqualTo("field." + f.name()));
	}

	@Test
	void aCollegeRejectionKeepsThePointedFieldsOnceEachInTheFormsOrder() {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		reviews.decide(reviewer, KIND, id, Decision.REJECT, "家庭电话和派出所有误", null,
				List.of("homePhone", "policeStation", "homePhone"));

		assertThat(history.of(KIND, id)).singleElement()
			.extracting(ReviewRecord::fields)
			.isEqualTo(List.of("policeStation", "homePhone"));
		assertThat(audit.of("verification", Long.toString(id))).filteredOn(e -> e.action().equals("review.reject"))
			.singleElement()
			.satisfies(e -> assertThat(e.details()).containsEntry("fields", List.of("policeStation", "homePhone")));
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.REJECTED);
	}

	@Test
	void aSchoolRejectionPointsAtFieldsToo() {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();
		reviews.decide(reviewer, KIND, id, Decision.APPROVE, null, null);

		reviews.decide(school, KIND, id, Decision.REJECT, "生源地与户籍证明不符", null, List.of("originPlaceCode"));

		assertThat(history.of(KIND, id)).extracting(ReviewRecord::decision, ReviewRecord::fields)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Decision.APPROVE, List.of()),
					org.assertj.core.groups.Tuple.tuple(Decision.REJECT, List.of("originPlaceCode")));
	}

	@Test
	void anUnknownFieldIsRefusedAndChangesNothing() {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		assertThatThrownBy(() -> reviews.decide(reviewer, KIND, id, Decision.REJECT, "请修改", null,
				List.of("homePhone", "shoeSize")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations()).singleElement().satisfies(v -> {
						assertThat(v.field()).isEqualTo("fields");
						assertThat(v.code()).isEqualTo("review.fields.unknown");
						assertThat(v.args()).containsExactly("shoeSize");
					}));

		assertThat(history.of(KIND, id)).isEmpty();
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	void fieldsWithAnApprovalAreRefusedAndAMissingCommentIsReportedAlongside() {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		assertThatThrownBy(() -> reviews.decide(reviewer, KIND, id, Decision.APPROVE, null, null, List.of("homePhone")))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactly("fields:review.fields.onlyWhenRejecting"));
		assertThatThrownBy(() -> reviews.decide(reviewer, KIND, id, Decision.REJECT, " ", null, List.of("nope")))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
				.extracting(v -> v.field() + ":" + v.code())
				.containsExactly("comment:review.comment.required", "fields:review.fields.unknown"));

		assertThat(history.of(KIND, id)).isEmpty();
		assertThat(verification.view(graduate.account()).status()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	void theDatabaseRefusesFieldsOnADecisionOtherThanARejection() {
		Graduate graduate = graduates.graduate(college);
		long id = graduates.submitted(graduate).applicationId();

		assertThatThrownBy(() -> history.record(KIND, id, ReviewLevel.COLLEGE, Decision.APPROVE, null,
				List.of("homePhone"), null, reviewer.id(), reviewer.displayName()))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}
}
