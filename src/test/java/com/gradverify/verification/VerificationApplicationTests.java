package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewState;
import com.gradverify.shared.ConflictException;

class VerificationApplicationTests {

	/** The account's own 身份证号, which is also the bound record's ({@link ComparisonTests#entry()}). */
	private static final String ACCOUNT_ID_CARD = "430602200301011234";

	private VerificationApplication bound() {
		var application = VerificationApplication.open(1, "2023010001", 2027, 3L);
		application.bind(ComparisonTests.entry(), "13907301234");
		return application;
	}

	@Test
	void bindingPrefillsTheFormAndSetsTheContactPhone() {
		VerificationApplication application = bound();

		assertThat(application.isBound()).isTrue();
		assertThat(application.getForm().getName()).isEqualTo("张三");
		assertThat(application.getForm().getMobile()).isEqualTo("13907301234");
		assertThat(application.getMismatchCount()).isZero();
	}

	@Test
	void aDraftCannotChangeWhatOnlyBindingSetsButTheStudentsOwnPhone() {
		VerificationApplication application = bound();
		VerificationForm input = application.getForm();
		input.setStudentNo("9999");
		input.setMobile("+86 138-0000-0000");
		input.setIdCard("110101199003074514");
		input.setEthnicCode("15");

		application.saveDraft(input, ComparisonTests.entry(), ACCOUNT_ID_CARD);

		assertThat(application.getForm().getStudentNo()).isEqualTo("2023010001");
		// 联系电话 is asked on the form (the WeChat binding asks for none), stored as 11 digits
		assertThat(application.getForm().getMobile()).isEqualTo("13800000000");
		assertThat(application.getForm().getIdCard()).isEqualTo("430602200301011234");
		assertThat(application.getForm().getEthnicCode()).isEqualTo("15");
		assertThat(application.getMismatchCount()).isEqualTo(1);

		// left empty, the phone stays what it was
		VerificationForm blank = application.getForm();
		blank.setMobile(" ");
		application.saveDraft(blank, ComparisonTests.entry(), ACCOUNT_ID_CARD);
		assertThat(application.getForm().getMobile()).isEqualTo("13800000000");
	}

	@Test
	void anUnboundDraftKeepsTheAccountsIdCardWhateverIsTyped() {
		var application = VerificationApplication.open(1, "2023010001", 2027, 3L);
		application.continueUnbound("张三", ACCOUNT_ID_CARD, "31", "13907301234");
		VerificationForm input = application.getForm();
		input.setIdCard("110101199003074514");

		application.saveDraft(input, null, ACCOUNT_ID_CARD);

		assertThat(application.getForm().getIdCard()).isEqualTo(ACCOUNT_ID_CARD);
	}

	@Test
	void releasingABindingLeavesAnEmptyDraftWithNothingOfTheRecord() {
		VerificationApplication application = bound();
		application.submit(ComparisonTests.entry());
		application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);

		application.releaseBinding();

		assertThat(application.isBound()).isFalse();
		assertThat(application.getStatus()).isEqualTo(ReviewState.DRAFT);
		assertThat(application.getSubmittedAt()).isNull();
		VerificationForm form = application.getForm();
		assertThat(form.getStudentNo()).isEqualTo("2023010001");
		assertThat(form.getName()).isNull();
		assertThat(form.getIdCard()).isNull();
		assertThat(form.getExamineeNo()).isNull();
		assertThat(form.getOriginPlaceCode()).isNull();
		assertThat(form.getDifficultyCode()).isNull();
		assertThat(form.getMobile()).isNull();
	}

	@Test
	void walksTheWholeReviewPath() {
		VerificationApplication application = bound();
		application.submit(ComparisonTests.entry());
		assertThat(application.getStatus()).isEqualTo(ReviewState.SUBMITTED);
		application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
		application.decide(ReviewLevel.SCHOOL, Decision.RETURN);
		application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
		application.decide(ReviewLevel.SCHOOL, Decision.APPROVE);
		assertThat(application.getStatus()).isEqualTo(ReviewState.APPROVED);
	}

	@Test
	void aRejectionMakesTheFormEditableAgain() {
		VerificationApplication application = bound();
		application.submit(ComparisonTests.entry());
		application.decide(ReviewLevel.COLLEGE, Decision.REJECT);

		application.saveDraft(application.getForm(), ComparisonTests.entry(), ACCOUNT_ID_CARD);
		application.submit(ComparisonTests.entry());

		assertThat(application.getStatus()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	void aSubmittedFormIsReadOnlyUntilWithdrawn() {
		VerificationApplication application = bound();
		application.submit(ComparisonTests.entry());

		assertThatThrownBy(() -> application.saveDraft(application.getForm(), ComparisonTests.entry(), ACCOUNT_ID_CARD))
			.isInstanceOf(ConflictException.class);
		application.withdraw();
		assertThat(application.getStatus()).isEqualTo(ReviewState.DRAFT);
	}

	@Test
	void illegalTransitionsAreRefused() {
		VerificationApplication application = bound();
		assertThatThrownBy(application::withdraw).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> application.decide(ReviewLevel.SCHOOL, Decision.APPROVE)).isInstanceOf(ConflictException.class);
		application.submit(ComparisonTests.entry());
		application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
		// the college has acted: no withdrawal any more
		assertThatThrownBy(application::withdraw).isInstanceOf(ConflictException.class);
		application.decide(ReviewLevel.SCHOOL, Decision.APPROVE);
		assertThatThrownBy(() -> application.bind(ComparisonTests.entry(), "13907301234"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> application.decide(ReviewLevel.SCHOOL, Decision.REJECT)).isInstanceOf(ConflictException.class);
	}

	/** A bound application of college 3 in that status, reached the way students and reviewers do. */
	private VerificationApplication inStatus(ReviewState status) {
		VerificationApplication application = bound();
		if (status == ReviewState.DRAFT) {
			return application;
		}
		application.submit(ComparisonTests.entry());
		switch (status) {
			case COLLEGE_APPROVED -> application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
			case APPROVED -> {
				application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
				application.decide(ReviewLevel.SCHOOL, Decision.APPROVE);
			}
			case REJECTED -> application.decide(ReviewLevel.COLLEGE, Decision.REJECT);
			default -> {
			}
		}
		assertThat(application.getStatus()).isEqualTo(status);
		return application;
	}

	@Test
	void anApplicationNoCollegeHasDecidedFollowsTheStudentToTheirNewCollege() {
		for (ReviewState status : List.of(ReviewState.DRAFT, ReviewState.SUBMITTED,
				ReviewState.REJECTED)) {
			VerificationApplication application = inStatus(status);

			assertThat(application.moveToCollege(7L)).as(status.name()).isTrue();

			assertThat(application.getCollegeId()).as(status.name()).isEqualTo(7L);
			assertThat(application.getStatus()).as("the move decides nothing").isEqualTo(status);
		}
	}

	@Test
	void anApplicationRejectedByTheSchoolFollowsTheStudentToo() {
		VerificationApplication application = inStatus(ReviewState.COLLEGE_APPROVED);
		application.decide(ReviewLevel.SCHOOL, Decision.REJECT);

		assertThat(application.moveToCollege(7L)).isTrue();
		assertThat(application.getCollegeId()).isEqualTo(7L);
	}

	@Test
	void anApplicationACollegeApprovedKeepsThatCollege() {
		for (ReviewState status : List.of(ReviewState.COLLEGE_APPROVED, ReviewState.APPROVED)) {
			VerificationApplication application = inStatus(status);

			assertThat(application.moveToCollege(7L)).as(status.name()).isFalse();

			assertThat(application.getCollegeId()).as(status.name()).isEqualTo(3L);
		}
	}

	@Test
	void aMoveToTheCollegeItIsAlreadyInIsNoMove() {
		VerificationApplication application = inStatus(ReviewState.SUBMITTED);
		Instant updatedAt = application.getUpdatedAt();

		assertThat(application.moveToCollege(3L)).isFalse();

		assertThat(application.getCollegeId()).isEqualTo(3L);
		assertThat(application.getUpdatedAt()).isEqualTo(updatedAt);
	}

	@Test
	void aStudentWithNoCollegeTakesTheUndecidedApplicationOutOfEveryCollegesQueueAndBack() {
		VerificationApplication application = inStatus(ReviewState.SUBMITTED);

		assertThat(application.moveToCollege(null)).isTrue();
		assertThat(application.getCollegeId()).isNull();
		assertThat(application.moveToCollege(null)).as("already in none").isFalse();

		assertThat(application.moveToCollege(7L)).isTrue();
		assertThat(application.getCollegeId()).isEqualTo(7L);
	}
}
