package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MajorCodeTests {

	@ParameterizedTest
	@ValueSource(strings = {
			"080901", "120203K", "020301K", "100201K", "080910T", "030107TK", // 本科专业目录
			"510201", // 高职专科专业目录
			"0812", "0854", "081201", "085400", "0812Z1", "0835J1" }) // 研究生: 一级学科, 专业学位, 二级学科, 自设
	void acceptsTheCataloguesCodes(String code) {
		assertThat(MajorCode.of(code).value()).isEqualTo(code);
		assertThat(MajorCode.isValid(code)).isTrue();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "080910t, 080910T", "120203k, 120203K", "030107tk, 030107TK", "0812z1, 0812Z1",
			"' 120203K ', 120203K", "１２０２０３Ｋ, 120203K" })
	void normalisesCaseWidthAndBlanksToTheStoredForm(String text, String stored) {
		assertThat(MajorCode.of(text).value()).isEqualTo(stored);
		assertThat(MajorCode.of(text)).isEqualTo(MajorCode.of(stored));
		assertThat(MajorCode.normalize(text)).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"12020K", // 5 digits before the suffix
			"1202033K", // 7 digits before the suffix
			"120203KT", "120203X", "120203KK", // unknown or doubled marks
			"08091", "0809011", "081", "08", // lengths no catalogue uses
			"0812Z", "0812ZZ", "081Z12", "0812K1", // 自设 codes: Z or J, then one digit
			"K120203", "12O203", "1202 03", "120203-K" })
	void rejectsNearMisses(String text) {
		assertThatThrownBy(() -> MajorCode.of(text)).isInstanceOf(InvalidValueException.class)
			.hasMessage("majorCode.format");
		assertThat(MajorCode.isValid(text)).isFalse();
		assertThat(MajorCode.normalize(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void requiresAValue(String blank) {
		assertThatThrownBy(() -> MajorCode.of(blank)).isInstanceOf(InvalidValueException.class)
			.hasMessage("majorCode.required");
	}
}
