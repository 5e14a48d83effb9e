package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTests {

	@ParameterizedTest
	@CsvSource({ "43, 1", "4306, 2", "430621, 3", "430621100, 4", "４３０６２１, 3" })
	void knowsItsLevelAndProvince(String text, int level) {
		DivisionCode code = DivisionCode.of(text);
		assertThat(code.level()).isEqualTo(level);
		assertThat(code.provinceCode()).isEqualTo("43");
		assertThat(code.value()).doesNotContain("４").hasToString(code.toString());
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " " })
	void requiresAValue(String blank) {
		assertThatThrownBy(() -> DivisionCode.of(blank)).hasMessage("division.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "4", "430", "43062", "4306211", "43062110", "4306211001", "43062a", "430 621" })
	void rejectsOtherShapes(String text) {
		assertThatThrownBy(() -> DivisionCode.of(text)).isInstanceOf(InvalidValueException.class)
			.hasMessage("division.format");
	}
}
