package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

	@Test
	void masksAnIdCardNumberKeepingFourEachSide() {
		assertThat(PersonalData.maskIdCard("43062119950118123X")).isEqualTo("4306**********123X");
	}

	@Test
	void masksAMobileNumberKeepingThreeAndFour() {
		assertThat(PersonalData.maskMobile("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void masksShortValuesCompletelyAndEmptyOnesToNothing() {
		assertThat(PersonalData.maskIdCard("1234567")).isEqualTo("*******");
		assertThat(PersonalData.maskIdCard("12345678")).isEqualTo("********");
		assertThat(PersonalData.maskMobile("1234567")).isEqualTo("*******");
		assertThat(PersonalData.maskIdCard("")).isEmpty();
		assertThat(PersonalData.maskMobile(null)).isEmpty();
	}

	@Test
	void redactsIdentityNumbersAndMobilesInsideFreeText() {
		String detail = "Failing row contains (7, 2027, 43060219980101123X, 张三, 13907301234, 202301000001).";

		assertThat(PersonalData.redact(detail))
			.isEqualTo("Failing row contains (7, 2027, 4306**********123X, 张三, 139****1234, 202301000001).");
		assertThat(PersonalData.redact(null)).isNull();
	}
}
