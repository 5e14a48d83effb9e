package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactRulesTests {

	@ParameterizedTest
	@ValueSource(strings = { "0730-8640000", "07308640000", "010-62345678", "13907301234", "0731-88881234-123" })
	void acceptsParentsMobilesAndLandlinesWithAreaCodes(String phone) {
		assertThat(ContactRules.isHomePhone(phone)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8640000", "12345", "0730-123", "23907301234", "abc" })
	void refusesNumbersNobodyCanCall(String phone) {
		assertThat(ContactRules.isHomePhone(phone)).isFalse();
	}

	@Test
	void theHomePhoneMustNotBeTheStudentsOwn() {
		assertThat(ContactRules.sameNumber("139-0730-1234", "13907301234")).isTrue();
		assertThat(ContactRules.sameNumber("13907305678", "13907301234")).isFalse();
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
