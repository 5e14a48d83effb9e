package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExamineeNoTests {

	@Test
	void acceptsFourteenDigitsInAnyWidth() {
		assertThat(ExamineeNo.of("19430621150123").value()).isEqualTo("19430621150123");
		assertThat(ExamineeNo.of(" １９４３０６２１１５０１２３ ").value()).isEqualTo("19430621150123");
		assertThat(ExamineeNo.isValid("19430621150123")).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void requiresAValue(String blank) {
		assertThatThrownBy(() -> ExamineeNo.of(blank)).isInstanceOf(InvalidValueException.class)
			.hasMessage("examineeNo.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1943062115012", "194306211501234", "1943062115012X", "19430621 150123" })
	void rejectsAnythingButFourteenDigits(String text) {
		assertThatThrownBy(() -> ExamineeNo.of(text)).isInstanceOf(InvalidValueException.class)
			.hasMessage("examineeNo.format");
		assertThat(ExamineeNo.isValid(text)).isFalse();
	}
}
