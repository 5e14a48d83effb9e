package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.gradverify.shared.RuleViolationException.Violation;

class PasswordRulesTest {

	/** 430602 20030615 015 and its check character: the default password is 15015 and that character. */
	private static final String ID_CARD = AccountFixtures.idCard(15);

	private static final PasswordRules.Owner STUDENT = new PasswordRules.Owner("S2027004711", ID_CARD);

	private static final PasswordRules.Owner STAFF = new PasswordRules.Owner("cs01", null);

	@ParameterizedTest
	@ValueSource(strings = { "Zq7mBx2k", "Tea-cup-27", "Riverbank88", "Xiangjiang27", "Better2026x" })
	void acceptsPasswordsThatAreHardToGuess(String password) {
		assertThat(PasswordRules.strength("newPassword", password, STUDENT)).isEmpty();
		assertThat(PasswordRules.strength("newPassword", password, STAFF)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "password1, password.weak.common", "aaaaaaa1, password.weak.common",
			"Passw0rd, password.weak.common", "P4ssw0rd2026, password.weak.common", "qwer1234, password.weak.common",
			"aaaaaaa7, password.weak.repeat", "Better2026, password.weak.word", "Zhang1995, password.weak.word",
			"19950118a, password.weak.date" })
	void refusesWhatIsEasyToGuessSayingWhy(String password, String code) {
		assertThat(codes(PasswordRules.strength("newPassword", password, STAFF))).containsExactly(code);
	}

	@Test
	void refusesTheUsernameAnywhereInThePasswordInAnyCase() {
		assertThat(codes(PasswordRules.strength("p", "Zq7-s2027004711-x", STUDENT))).containsExactly("password.containsUsername");
		assertThat(codes(PasswordRules.strength("p", "CS01-Tea-cup-27", STAFF))).containsExactly("password.containsUsername");
		// a near miss: part of the 学号 only, and a hard password otherwise
		assertThat(PasswordRules.strength("p", "Tea-cup-2027004", STUDENT)).isEmpty();
	}

	@Test
	void refusesTheDefaultPasswordAndEveryRunOfSixCharactersOfTheIdCard() {
		String defaultPassword = ID_CARD.substring(12);
		assertThat(codes(PasswordRules.strength("p", defaultPassword, STUDENT))).containsExactly("password.containsDefault");
		assertThat(codes(PasswordRules.strength("p", "Tea-cup-" + defaultPassword.toLowerCase(), STUDENT)))
			.containsExactly("password.containsDefault");
		for (int start = 0; start + 6 < ID_CARD.length(); start++) {
			assertThat(codes(PasswordRules.strength("p", "Tea-" + ID_CARD.substring(start, start + 6) + "-cup", STUDENT)))
				.as("run at %d", start)
				.containsExactly("password.containsIdCard");
		}
		// near misses: five characters of it, or its six first ones split
		assertThat(PasswordRules.strength("p", "Tea-" + ID_CARD.substring(6, 11) + "-cup", STUDENT)).isEmpty();
		assertThat(PasswordRules.strength("p", "Tea-430-cup-602", STUDENT)).isEmpty();
		// staff have no 身份证号, so digits are just digits
		assertThat(PasswordRules.strength("p", "Tea-" + ID_CARD.substring(6, 12) + "-cup", STAFF)).isEmpty();
	}

	@Test
	void refusesMissingShortOrLongPasswords() {
		assertThat(codes(PasswordRules.strength("p", null, STAFF))).containsExactly("password.required");
		assertThat(codes(PasswordRules.strength("p", "", STAFF))).containsExactly("password.required");
		assertThat(codes(PasswordRules.strength("p", "Zq7mBx2", STAFF))).containsExactly("password.tooShort");
		assertThat(codes(PasswordRules.strength("p", "Zq7mBx2k".repeat(8) + "x", STAFF))).containsExactly("password.tooLong");
		// 30 Chinese characters are 90 bytes, more than bcrypt reads
		assertThat(codes(PasswordRules.strength("p", "密".repeat(30) + "a1", STAFF))).containsExactly("password.tooLong");
	}

	@Test
	void requiresBothLettersAndDigits() {
		assertThat(codes(PasswordRules.strength("p", "Tea-cup-river", STAFF))).containsExactly("password.lettersAndDigits");
		assertThat(codes(PasswordRules.strength("p", "8604-2917-35", STAFF))).containsExactly("password.lettersAndDigits");
	}

	@Test
	void changeNamesTheFieldOfEachProblem() {
		List<Violation> violations = PasswordRules.change("", "short1", "other", STAFF);
		assertThat(violations).extracting(Violation::field, Violation::code)
			.containsExactly(tuple("currentPassword", "password.current.required"), tuple("newPassword", "password.tooShort"),
					tuple("confirmPassword", "password.confirmMismatch"));
	}

	@Test
	void changeRefusesTheDefaultPasswordAndTheCurrentOneAgain() {
		String defaultPassword = ID_CARD.substring(12);
		assertThat(codes(PasswordRules.change(defaultPassword, defaultPassword, defaultPassword, STUDENT)))
			.containsExactly("password.containsDefault");
		assertThat(codes(PasswordRules.change("Zq7mBx2k", "Zq7mBx2k", "Zq7mBx2k", STAFF))).containsExactly("password.sameAsCurrent");
		assertThat(PasswordRules.change(defaultPassword, "Zq7mBx2k", "Zq7mBx2k", STUDENT)).isEmpty();
	}

	@Test
	void skipsConfirmationWhenNoneIsAsked() {
		assertThat(PasswordRules.change("12345X", "Zq7mBx2k", null, STAFF)).isEmpty();
	}

	private static List<String> codes(List<Violation> violations) {
		return violations.stream().map(Violation::code).toList();
	}
}
