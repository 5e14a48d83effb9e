package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.gradverify.shared.ConflictException;

class VerificationApplicationTests {

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
	void aDraftCannotChangeWhatOnlyBindingSets() {
		VerificationApplication application = bound();
		VerificationForm input = application.getForm();
		input.setStudentNo("9999");
		input.setMobile("13800000000");
		input.setIdCard("110101199003074514");
		input.setEthnicCode("15");

		application.saveDraft(input, ComparisonTests.entry());

		assertThat(application.getForm().getStudentNo()).isEqualTo("2023010001");
		assertThat(application.getForm().getMobile()).isEqualTo("13907301234");
		assertThat(application.getForm().getIdCard()).isEqualTo("430602200301011234");
		assertThat(application.getForm().getEthnicCode()).isEqualTo("15");
		assertThat(application.getMismatchCount()).isEqualTo(1);
	}

	@Test
	void walksTheWholeReviewPath() {
		VerificationApplication application = bound();
		application.submit(ComparisonTests.entry());
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
		application.approveAtCollege();
		application.returnToCollege();
		application.approveAtCollege();
		application.approveAtSchool();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
	}

	@Test
	void aRejectionMakesTheFormEditableAgain() {
		VerificationApplication application = bound();
		application.submit(ComparisonTests.entry());
		application.rejectAtCollege();

		application.saveDraft(application.getForm(), ComparisonTests.entry());
		application.submit(ComparisonTests.entry());

		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aSubmittedFormIsReadOnlyUntilWithdrawn() {
		VerificationApplication application = bound();
		application.submit(ComparisonTests.entry());

		assertThatThrownBy(() -> application.saveDraft(application.getForm(), ComparisonTests.entry()))
			.isInstanceOf(ConflictException.class);
		application.withdraw();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
	}

	@Test
	void illegalTransitionsAreRefused() {
		VerificationApplication application = bound();
		assertThatThrownBy(application::withdraw).isInstanceOf(ConflictException.class);
		assertThatThrownBy(application::approveAtSchool).isInstanceOf(ConflictException.class);
		application.submit(ComparisonTests.entry());
		application.approveAtCollege();
		// the college has acted: no withdrawal any more
		assertThatThrownBy(application::withdraw).isInstanceOf(ConflictException.class);
		application.approveAtSchool();
		assertThatThrownBy(() -> application.bind(ComparisonTests.entry(), "13907301234"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(application::rejectAtSchool).isInstanceOf(ConflictException.class);
	}
}
