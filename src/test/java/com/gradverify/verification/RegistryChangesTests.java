package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.gradverify.registry.RegistryEntry;

/** 已修改: the registry-held fields beyond the key ones that the student changed, compared normalised. */
class RegistryChangesTests {

	private static RegistryEntry entry() {
		return ComparisonTests.entry();
	}

	@Test
	void aPrefilledFormChangesNothing() {
		assertThat(RegistryChanges.of(ComparisonTests.prefilled(), entry()).changes()).isEmpty();
	}

	@Test
	void everyRegistryHeldFieldBeyondTheKeyOnesIsCompared() {
		assertThat(RegistryChanges.FIELDS).extracting(FormFields::property)
			.containsExactly("birthDate", "politicalCode", "collegeName", "className", "majorName", "enrolmentDate",
					"urbanRuralCode", "normalStudentCode", "difficultyCode");
	}

	@Test
	void changedFieldsAreListedWithTheRegistrysValueInTheFormsOrder() {
		VerificationForm form = ComparisonTests.prefilled();
		form.setCollegeName("经济管理学院");
		form.setClassName("计科2302班");
		form.setMajorName("软件工程");
		form.setEnrolmentDate(LocalDate.of(2022, 9, 1));
		form.setBirthDate(LocalDate.of(2003, 1, 2));
		form.setPoliticalCode("13");

		RegistryChanges changes = RegistryChanges.of(form, entry());

		assertThat(changes.changes()).extracting(RegistryChanges.Change::property, RegistryChanges.Change::formValue,
				RegistryChanges.Change::registryValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("birthDate", "2003-01-02", "2003-01-01"),
					org.assertj.core.groups.Tuple.tuple("politicalCode", "13", "03"),
					org.assertj.core.groups.Tuple.tuple("collegeName", "经济管理学院", "计算机与信息工程学院"),
					org.assertj.core.groups.Tuple.tuple("className", "计科2302班", "计科2301班"),
					org.assertj.core.groups.Tuple.tuple("majorName", "软件工程", "计算机科学与技术"),
					org.assertj.core.groups.Tuple.tuple("enrolmentDate", "2022-09-01", "2023-09-01"));
		assertThat(changes.count()).isEqualTo(6);
		assertThat(changes.isChanged("className")).isTrue();
		assertThat(changes.isChanged("difficultyCode")).isFalse();
	}

	@Test
	void nearMissesOfNormalisationAreNoChange() {
		VerificationForm form = ComparisonTests.prefilled();
		// a code without its leading zero, text with full-width digits and stray or ideographic spaces
		form.setPoliticalCode("3");
		form.setDifficultyCode("00");
		form.setClassName(" 计科２３０１班 ");
		form.setCollegeName("计算机与信息工程\u3000学院");
		form.setMajorName("计算机科学与技术 ");

		assertThat(RegistryChanges.of(form, entry()).changes()).isEmpty();
	}

	@Test
	void nearMissesThatAreRealChangesStillCount() {
		VerificationForm form = ComparisonTests.prefilled();
		// 师范生类别 12 公费师范生 is not 2 非师范生; 计科2301 without 班 is another text; one day apart is another date
		form.setNormalStudentCode("12");
		form.setClassName("计科2301");
		form.setEnrolmentDate(LocalDate.of(2023, 9, 2));

		assertThat(RegistryChanges.of(form, entry()).changes()).extracting(RegistryChanges.Change::property)
			.containsExactly("className", "enrolmentDate", "normalStudentCode");
	}

	@Test
	void anErasedRegistryValueIsAChangeButFillingWhatTheRegistryLeftBlankIsNot() {
		RegistryEntry e = entry();
		RegistryEntry withoutClass = new RegistryEntry(e.id(), e.graduationYear(), e.idCard(), e.name(), e.studentNo(),
				e.educationCode(), e.collegeName(), e.graduationDate(), e.examineeNo(), e.genderCode(), e.ethnicCode(),
				e.politicalCode(), e.majorCode(), e.majorName(), e.trainingModeCode(), e.sponsorUnit(),
				e.originPlaceCode(), e.schoolingLength(), e.enrolmentDate(), null, e.birthDate(),
				e.normalStudentCode(), e.difficultyCode(), e.urbanRuralCode());
		VerificationForm form = ComparisonTests.prefilled();
		form.setClassName("计科2301班");
		form.setMajorName(null);

		assertThat(RegistryChanges.of(form, withoutClass).changes()).extracting(RegistryChanges.Change::property,
				RegistryChanges.Change::formValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("majorName", null));
	}

	@Test
	void keyFieldsAndUnboundApplicationsHaveNoChangeMarks() {
		VerificationForm form = ComparisonTests.prefilled();
		form.setEthnicCode("15");
		assertThat(RegistryChanges.of(form, entry()).changes()).isEmpty();

		form.setClassName("另一个班");
		assertThat(RegistryChanges.of(form, null).changes()).isEmpty();
	}

	@Test
	void anApplicationCountsItsChangesWhenItIsCompared() {
		VerificationApplication application = VerificationApplication.open(1, "2023010001", 2027, 3L);
		application.bind(entry(), "13800138000");
		assertThat(application.getChangedCount()).isZero();

		VerificationForm form = application.getForm();
		form.setClassName("计科2302班");
		form.setPoliticalCode("01");
		application.saveDraft(form, entry(), null);

		assertThat(application.getChangedCount()).isEqualTo(2);
		assertThat(application.getMismatchCount()).isZero();
	}
}
