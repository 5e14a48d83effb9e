package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "13812345678", "19912345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678",
			"１３８１２３４５６７８", "＋８６１３８１２３４５６７８", " 13812345678　" })
	void acceptsCommonSpellings(String text) {
		assertThat(MobileNumber.of(text).value()).isEqualTo(text.contains("99") ? "19912345678" : "13812345678");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " " })
	void requiresAValue(String blank) {
		assertRejected(blank, "mobile.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "12812345678", "10812345678", "1381234567", "138123456789", "1381234567a", "23812345678",
			"010-12345678" })
	void rejectsWhatIsNotAMainlandMobileNumber(String text) {
		assertRejected(text, "mobile.format");
	}

	@Test
	void isMaskedWhenPrinted() {
		MobileNumber number = MobileNumber.of("13812345678");
		assertThat(number.masked()).isEqualTo("138****5678");
		assertThat(number).hasToString("138****5678");
	}

	private static void assertRejected(String text, String code) {
		assertThatThrownBy(() -> MobileNumber.of(text)).isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).messageCode())
			.isEqualTo(code);
		assertThat(MobileNumber.isValid(text)).isFalse();
	}
}
