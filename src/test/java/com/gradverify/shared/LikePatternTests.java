package com.gradverify.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTests {

	@Test
	void typedWildcardsAndEscapesMatchThemselves() {
		assertThat(LikePattern.containing(" 张三 ")).isEqualTo("%张三%");
		assertThat(LikePattern.containing("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
	}
}
