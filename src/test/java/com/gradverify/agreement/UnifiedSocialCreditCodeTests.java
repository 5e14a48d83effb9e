package com.gradverify.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.gradverify.shared.InvalidValueException;

class UnifiedSocialCreditCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91110000600037341L", "911100001000128855", "91440300708461136T",
			"12100000400000624D" })
	void acceptsRealCodes(String code) {
		assertThat(UnifiedSocialCreditCode.of(code).value()).isEqualTo(code);
	}

	@org.junit.jupiter.api.Test
	void normalisesLowerCaseFullWidthAndSpaces() {
		assertThat(UnifiedSocialCreditCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
		assertThat(UnifiedSocialCreditCode.of("９１３５０１００Ｍ０００１００Ｙ４３").value()).isEqualTo("91350100M000100Y43");
	}

	@ParameterizedTest
	@CsvSource({ "91350100M000100Y44, creditCode.check", "91350100M000100Y4, creditCode.length",
			"91350100M000100Y433, creditCode.length", "91350100I000100Y43, creditCode.charset",
			"91350100O000100Y43, creditCode.charset", "9135010ZM000100Y43, creditCode.charset",
			"91350100S000100Y43, creditCode.charset", "91350100V000100Y43, creditCode.charset",
			"'', creditCode.required" })
	void rejectsWrongCodesWithTheirReason(String code, String reason) {
		assertThatThrownBy(() -> UnifiedSocialCreditCode.of(code)).isInstanceOf(InvalidValueException.class)
			.hasMessage(reason);
	}

	@org.junit.jupiter.api.Test
	void checkCharacterThirtyOneIsZero() {
		// brute-force a body whose weighted sum is a multiple of 31: its check character must be 0
		String body = "9111000010001288";
		for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
			String candidate = body + c + "0";
			if (UnifiedSocialCreditCode.checkCharacter(candidate) == '0') {
				assertThat(UnifiedSocialCreditCode.of(candidate).value()).endsWith("0");
				return;
			}
		}
		throw new AssertionError("no body with check 0 found");
	}
}
