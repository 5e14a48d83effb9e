package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRulesTests {

	@ParameterizedTest
	@CsvSource({
			// landlines with their area code, however they are written
			"0730-8640000, 0730-8640000",
			"(0730)8640000, 0730-8640000",
			"（0730）8640000, 0730-8640000",
			"07308640000, 0730-8640000",
			"0730 864 0000, 0730-8640000",
			"+86 730 8640000, 0730-8640000",
			"+86-730-8640000, 0730-8640000",
			"0086 0730 8640000, 0730-8640000",
			"010-62345678, 010-62345678",
			"(010)62345678, 010-62345678",
			"020 8888 1234, 020-88881234",
			"0755-86001234, 0755-86001234",
			"0731-88881234-123, 0731-88881234-123",
			// a parent's mobile
			"13907301234, 13907301234",
			"139-0730-1234, 13907301234",
			"139 0730 1234, 13907301234",
			"+86 139 0730 1234, 13907301234",
			"+8613907301234, 13907301234",
			"0086-13907301234, 13907301234" })
	void acceptsMobilesAndLandlinesWithAreaCodesAndStoresThemNormalised(String typed, String stored) {
		assertThat(ContactRules.isHomePhone(typed)).isTrue();
		assertThat(ContactRules.normalisedPhone(typed)).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8640000", "12345", "0730-123", "0730-864000", "0730-1640000", "0730-0640000",
			"23907301234", "1390730123", "139073012345", "010-6234567", "00730-8640000", "abc", "0730-864000a",
			"+1 730 8640000" })
	void refusesNumbersNobodyCanCall(String phone) {
		assertThat(ContactRules.isHomePhone(phone)).isFalse();
		assertThat(ContactRules.normalisedPhone(phone)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "13907301234", "139-0730-1234", "+86 139 0730 1234", "0086 139 0730 1234",
			"+86-13907301234", "139 0730 1234" })
	void theHomePhoneMustNotBeTheStudentsOwnHoweverItIsWritten(String homePhone) {
		assertThat(ContactRules.sameNumber(homePhone, "13907301234")).isTrue();
	}

	@Test
	void anotherNumberIsNotTheStudentsOwn() {
		assertThat(ContactRules.sameNumber("13907305678", "13907301234")).isFalse();
		assertThat(ContactRules.sameNumber("0730-8640000", "13907301234")).isFalse();
		// one digit off is another number
		assertThat(ContactRules.sameNumber("+86 139 0730 1235", "13907301234")).isFalse();
		assertThat(ContactRules.sameNumber(null, "13907301234")).isFalse();
	}

	@Test
	void theFormStoresTheHomePhoneNormalisedAndAMalformedOneAsTyped() {
		var form = new VerificationForm();
		form.setHomePhone(" (0730)864 0000 ");
		assertThat(form.normalised().getHomePhone()).isEqualTo("0730-8640000");
		form.setHomePhone("0730-864");
		assertThat(form.normalised().getHomePhone()).isEqualTo("0730-864");
	}

	@Test
	void postcodesAndEmails() {
		assertThat(ContactRules.isPostcode("414000")).isTrue();
		assertThat(ContactRules.isPostcode("41400")).isFalse();
		assertThat(ContactRules.isEmail("zhangsan@example.com")).isTrue();
		assertThat(ContactRules.isEmail("zhangsan@")).isFalse();
	}

	@Test
	void theArchiveUnitIsAnInstitution() {
		assertThat(ArchiveUnitRule.isInstitution("湖南省岳阳市第一中学")).isTrue();
		assertThat(ArchiveUnitRule.isInstitution("岳阳县教育局")).isTrue();
		assertThat(ArchiveUnitRule.isInstitution("湖南省岳阳市")).isFalse();
		assertThat(ArchiveUnitRule.isInstitution("家里")).isFalse();
	}
}
