package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TemporaryPasswordsTests {

	@Test
	void generatedPasswordsAreLongRandomAndPassThePasswordRules() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String password = TemporaryPasswords.generate("reviewer");
			assertThat(password).hasSize(16).matches("[a-km-zA-HJ-NP-Z2-9]+");
			assertThat(PasswordRules.strength("password", password, new PasswordRules.Owner("reviewer", null))).isEmpty();
			seen.add(password);
		}
		assertThat(seen).hasSize(1000);
	}
}
