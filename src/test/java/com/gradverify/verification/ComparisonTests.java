package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.gradverify.registry.RegistryEntry;

class ComparisonTests {

	static RegistryEntry entry() {
		return new RegistryEntry(7, 2027, "430602200301011234", "张三", "2023010001", "31", "计算机与信息工程学院",
				LocalDate.of(2027, 6, 30), "23430602150123", "1", "01", "03", "080901", "计算机科学与技术", "1", null,
				"430602", new BigDecimal("4"), LocalDate.of(2023, 9, 1), "计科2301班", LocalDate.of(2003, 1, 1), "2",
				"0", "1");
	}

	static VerificationForm prefilled() {
		var form = new VerificationForm();
		RegistryPrefill.apply(entry(), form);
		return form;
	}

	@Test
	void aPrefilledFormMatchesEveryKeyFieldTheRegistryHas() {
		Comparison comparison = Comparison.of(prefilled(), entry());

		assertThat(comparison.count(ComparisonStatus.MATCH)).isEqualTo(10);
		// a 非定向 graduate whose record has no 定向或委培单位: the field does not concern them
		assertThat(comparison.of(KeyField.SPONSOR_UNIT).status()).isEqualTo(ComparisonStatus.NOT_APPLICABLE);
		assertThat(comparison.count(ComparisonStatus.NOT_COMPARED)).isZero();
	}

	@Test
	void theSponsorUnitIsComparableAsSoonAsAnybodySaysDirectedOrTheFormNamesAUnit() {
		VerificationForm directed = prefilled();
		directed.setTrainingModeCode("2");
		assertThat(Comparison.of(directed, entry()).of(KeyField.SPONSOR_UNIT).status())
			.isEqualTo(ComparisonStatus.NOT_COMPARED);

		VerificationForm named = prefilled();
		named.setSponsorUnit("岳阳市教育局");
		assertThat(Comparison.of(named, entry()).of(KeyField.SPONSOR_UNIT).status())
			.isEqualTo(ComparisonStatus.NOT_COMPARED);

		VerificationForm commissioned = prefilled();
		commissioned.setTrainingModeCode("4");
		assertThat(Comparison.of(commissioned, entry()).of(KeyField.SPONSOR_UNIT).status())
			.isEqualTo(ComparisonStatus.NOT_COMPARED);
	}

	@Test
	void aChangedValueIsAMismatchThatCarriesTheRegistryValue() {
		VerificationForm form = prefilled();
		form.setEthnicCode("15");

		FieldComparison ethnicity = Comparison.of(form, entry()).of(KeyField.ETHNICITY);

		assertThat(ethnicity.status()).isEqualTo(ComparisonStatus.MISMATCH);
		assertThat(ethnicity.registryValue()).isEqualTo("01");
	}

	@Test
	void aBlankFormValueAgainstARegistryValueIsAMismatch() {
		VerificationForm form = prefilled();
		form.setExamineeNo(null);

		assertThat(Comparison.of(form, entry()).of(KeyField.EXAMINEE_NO).status())
			.isEqualTo(ComparisonStatus.MISMATCH);
	}

	@Test
	void anUnboundApplicationComparesNothing() {
		Comparison comparison = Comparison.of(prefilled(), null);

		assertThat(comparison.count(ComparisonStatus.NOT_COMPARED)).isEqualTo(11);
	}

	@Test
	void fullWidthCharactersAndSpacesDoNotMakeAMismatch() {
		VerificationForm form = prefilled();
		form.setName(" 张 三 ");
		form.setExamineeNo("２３４３０６０２１５０１２３");

		Comparison comparison = Comparison.of(form, entry());

		assertThat(comparison.of(KeyField.NAME).status()).isEqualTo(ComparisonStatus.MATCH);
		assertThat(comparison.of(KeyField.EXAMINEE_NO).status()).isEqualTo(ComparisonStatus.MATCH);
	}

	@Test
	void graduationDatesCompareByMonthAndSchoolingLengthsByValue() {
		VerificationForm form = prefilled();
		form.setGraduationDate(LocalDate.of(2027, 6, 1));
		form.setSchoolingLength(new BigDecimal("4.0"));

		Comparison comparison = Comparison.of(form, entry());

		assertThat(comparison.of(KeyField.GRADUATION_DATE).status()).isEqualTo(ComparisonStatus.MATCH);
		assertThat(comparison.of(KeyField.SCHOOLING_LENGTH).status()).isEqualTo(ComparisonStatus.MATCH);

		form.setGraduationDate(LocalDate.of(2027, 7, 1));
		assertThat(Comparison.of(form, entry()).of(KeyField.GRADUATION_DATE).status())
			.isEqualTo(ComparisonStatus.MISMATCH);
	}
}
