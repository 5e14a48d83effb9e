package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

	@Test
	void masksAnIdCardNumberKeepingOnlyTheRegionSinceTheLastSixAreTheDefaultPassword() {
		assertThat(PersonalData.maskIdCard("43062119950118123X")).isEqualTo("430621************")
			.doesNotContain("18123X").doesNotContain("X");
		// a 15-digit number of the first generation keeps its region too
		assertThat(PersonalData.maskIdCard("430621950118123")).isEqualTo("430621*********");
	}

	@Test
	void masksAMobileNumberKeepingThreeAndFour() {
		assertThat(PersonalData.maskMobile("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void masksShortValuesCompletelyAndEmptyOnesToNothing() {
		assertThat(PersonalData.maskIdCard("1234567")).isEqualTo("*******");
		// too short for its first six to stay clear of its last six
		assertThat(PersonalData.maskIdCard("43062119950")).isEqualTo("***********");
		assertThat(PersonalData.maskIdCard("430621199501")).isEqualTo("430621******");
		assertThat(PersonalData.maskMobile("1234567")).isEqualTo("*******");
		assertThat(PersonalData.maskIdCard("")).isEmpty();
		assertThat(PersonalData.maskMobile(null)).isEmpty();
	}

	@Test
	void redactsIdentityNumbersAndMobilesInsideFreeText() {
		String detail = "Failing row contains (7, 2027, 43060219980101123X, 张三, 13907301234, 202301000001).";

		assertThat(PersonalData.redact(detail))
			.isEqualTo("Failing row contains (7, 2027, 430602************, 张三, 139****1234, 202301000001).");
		assertThat(PersonalData.redact(null)).isNull();
	}
}
