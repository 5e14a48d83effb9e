package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdCardNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "430621200002291237", "430681199508150029", "430602198801013218" })
	void acceptsValidNumbers(String number) {
		assertThat(IdCardNumber.of(number).value()).isEqualTo(number);
		assertThat(IdCardNumber.isValid(number)).isTrue();
	}

	@Test
	void storesLowerCaseXAsUpperCase() {
		assertThat(IdCardNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void acceptsFullWidthDigitsAndLettersAndSurroundingBlanks() {
		assertThat(IdCardNumber.of("１１０１０５１９４９１２３１００２ｘ").value()).isEqualTo("11010519491231002X");
		assertThat(IdCardNumber.of("　11010519491231002Ｘ ").value()).isEqualTo("11010519491231002X");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "　" })
	void requiresAValue(String blank) {
		assertRejected(blank, "idCard.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100", "11010519491231002", "11010519491231002X1", "110105194912310" })
	void rejectsWrongLength(String number) {
		assertRejected(number, "idCard.length");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1101051949123100XX", "11010519491231002Y", "A1010519491231002X", "1101051949-231002X" })
	void rejectsBadCharacters(String number) {
		assertRejected(number, "idCard.characters");
	}

	@Test
	void rejectsImpossibleOrFutureBirthDates() {
		assertRejected(withCheck("43062120010230123"), "idCard.birthDate"); // 30 February
		assertRejected(withCheck("43062120011301123"), "idCard.birthDate"); // month 13
		assertRejected(withCheck("43062118991231123"), "idCard.birthDate"); // before 1900
		String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertRejected(withCheck("430621" + tomorrow + "123"), "idCard.birthDate");
	}

	@Test
	void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
		assertThat(IdCardNumber.of("430621200002291237").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
	}

	@Test
	void rejectsAWrongCheckDigit() {
		assertRejected("110105194912310021", "idCard.checkDigit");
		assertRejected("430621200002291238", "idCard.checkDigit");
		assertThat(IdCardNumber.isValid("430621200002291238")).isFalse();
	}

	@Test
	void readsBirthDateGenderAndInitialPassword() {
		IdCardNumber man = IdCardNumber.of("430602198801013218");
		assertThat(man.birthDate()).isEqualTo(LocalDate.of(1988, 1, 1));
		assertThat(man.genderCode()).isEqualTo("1");
		assertThat(man.lastSix()).isEqualTo("013218");
		assertThat(IdCardNumber.of("11010519491231002X").genderCode()).isEqualTo("2");
		assertThat(IdCardNumber.of("11010519491231002x").lastSix()).isEqualTo("31002X");
	}

	@Test
	void isMaskedWhenPrintedSoItNeverLeaksIntoLogs() {
		IdCardNumber number = IdCardNumber.of("43062119950118123x");
		assertThat(number.masked()).isEqualTo("430621************");
		assertThat(number.toString()).isEqualTo("430621************").doesNotContain(number.lastSix());
	}

	@Test
	void equalNumbersInDifferentSpellingsAreEqual() {
		assertThat(IdCardNumber.of("１１０１０５１９４９１２３１００２ｘ")).isEqualTo(IdCardNumber.of("11010519491231002X"));
	}

	private static String withCheck(String first17) {
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	private static void assertRejected(String number, String code) {
		assertThatThrownBy(() -> IdCardNumber.of(number)).isInstanceOf(InvalidValueException.class)
			.extracting(ex -> ((InvalidValueException) ex).messageCode())
			.isEqualTo(code);
		assertThat(IdCardNumber.isValid(number)).isFalse();
	}
}
