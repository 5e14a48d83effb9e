package com.gradverify.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HalfWidthTests {

	@Test
	void convertsFullWidthAsciiAndTheIdeographicSpace() {
		assertThat(HalfWidth.normalize("ＡＢＣ１２３ｘｙｚ！～")).isEqualTo("ABC123xyz!~");
		assertThat(HalfWidth.normalize("１２　３４")).isEqualTo("12 34");
	}

	@Test
	void trimsAndLeavesOtherCharactersAlone() {
		assertThat(HalfWidth.normalize("　 湖南省岳阳县 \t")).isEqualTo("湖南省岳阳县");
		assertThat(HalfWidth.normalize("abc-09")).isEqualTo("abc-09");
		assertThat(HalfWidth.normalize("")).isEmpty();
		assertThat(HalfWidth.normalize(null)).isNull();
	}
}
