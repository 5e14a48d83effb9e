package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.shared.RuleViolationException.Violation;

class PasswordRulesTest {

	@Test
	void acceptsEightCharactersWithLettersAndDigits() {
		assertThat(PasswordRules.strength("newPassword", "abcdef12")).isEmpty();
		assertThat(PasswordRules.change("12345X", "abcdef12", "abcdef12")).isEmpty();
	}

	@Test
	void refusesMissingShortOrLongPasswords() {
		assertThat(codes(PasswordRules.strength("p", null))).containsExactly("password.required");
		assertThat(codes(PasswordRules.strength("p", ""))).containsExactly("password.required");
		assertThat(codes(PasswordRules.strength("p", "abc1234"))).containsExactly("password.tooShort");
		assertThat(codes(PasswordRules.strength("p", "a1".repeat(33)))).containsExactly("password.tooLong");
		// 30 Chinese characters are 90 bytes, more than bcrypt reads
		assertThat(codes(PasswordRules.strength("p", "密".repeat(30) + "a1"))).containsExactly("password.tooLong");
	}

	@Test
	void requiresBothLettersAndDigits() {
		assertThat(codes(PasswordRules.strength("p", "abcdefgh"))).containsExactly("password.lettersAndDigits");
		assertThat(codes(PasswordRules.strength("p", "12345678"))).containsExactly("password.lettersAndDigits");
	}

	@Test
	void changeNamesTheFieldOfEachProblem() {
		List<Violation> violations = PasswordRules.change("", "short1", "other");
		assertThat(violations).extracting(Violation::field, Violation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("currentPassword", "password.current.required"),
					org.assertj.core.groups.Tuple.tuple("newPassword", "password.tooShort"),
					org.assertj.core.groups.Tuple.tuple("confirmPassword", "password.confirmMismatch"));
	}

	@Test
	void refusesTheCurrentPasswordAgain() {
		assertThat(codes(PasswordRules.change("abcdef12", "abcdef12", "abcdef12"))).containsExactly("password.sameAsCurrent");
	}

	@Test
	void skipsConfirmationWhenNoneIsAsked() {
		assertThat(PasswordRules.change("12345X", "abcdef12", null)).isEmpty();
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(Violation::code).toList();
	}
}
