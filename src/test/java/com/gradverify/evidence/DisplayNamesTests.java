package com.gradverify.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNamesTests {

	private static final String SHA = "ab12cd" + "0".repeat(58);

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(nullValues = "NULL", value = {
			"户籍证明.jpeg,                       户籍证明-20261129-ab12cd.jpg",
			"../../etc/passwd,                    passwd-20261129-ab12cd.jpg",
			"'C:\\Users\\李\\身份证 正面.png',      身份证正面-20261129-ab12cd.jpg",
			"'..',                                佐证材料-20261129-ab12cd.jpg",
			"'<script>.svg',                      script-20261129-ab12cd.jpg",
			"NULL,                                佐证材料-20261129-ab12cd.jpg" })
	void keepsOnlyASafeStemAndTheRealExtension(String original, String expected) {
		assertThat(DisplayNames.of(original, "佐证材料", ContentKind.JPEG, SHA, LocalDate.of(2026, 11, 29)))
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "a\u0000b/../c\u0000d.pdf", "evil\u202Egpj.exe" })
	void dropsControlAndFormatCharacters(String original) {
		assertThat(DisplayNames.stem(original)).matches("[\\p{L}\\p{N}_-]*");
	}

	@org.junit.jupiter.api.Test
	void capsVeryLongNames() {
		assertThat(DisplayNames.of("x".repeat(5000) + ".png", "佐证材料", ContentKind.PNG, SHA, LocalDate.of(2026, 1, 2)))
			.hasSize(40 + "-20260102-ab12cd.png".length());
	}
}
