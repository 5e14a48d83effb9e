package com.gradverify.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a typed password against an account.
 * <p>
 * Students start with the default password, the last six characters of their 身份证号. The
 * registry import creates up to 500,000 accounts at once and hashing each default with bcrypt
 * would take hours, so a student's {@code password_hash} stays null until they choose their own
 * password, and the check then compares with the 身份证号 in constant time.
 * <p>
 * Every check performs exactly one encoder match (against a dummy hash when there is no real
 * one), so that the response time tells nobody whether a username exists or still has its
 * default password.
 */
@Component
class PasswordVerifier {

	private final PasswordEncoder encoder;

	private final String dummyHash;

	PasswordVerifier(PasswordEncoder encoder) {
		this.encoder = encoder;
		this.dummyHash = encoder.encode(UUID.randomUUID().toString());
	}

	boolean matches(StoredAccount account, String typed) {
		if (typed == null) {
			typed = "";
		}
		if (account.passwordHash() != null) {
			return encoder.matches(typed, account.passwordHash());
		}
		encoder.matches(typed, dummyHash);
		return account.idCard() != null && MessageDigest.isEqual(bytes(typed.toUpperCase(Locale.ROOT)),
				bytes(defaultPassword(account.idCard())));
	}

	/** Spends the same time as a real check, for usernames that do not exist; never matches. */
	boolean matchNothing(String typed) {
		encoder.matches(typed == null ? "" : typed, dummyHash);
		return false;
	}

	String encode(String rawPassword) {
		return encoder.encode(rawPassword);
	}

	/** The last six characters of the 身份证号, which may end in X; typed lower-case x is accepted too. */
	static String defaultPassword(String idCard) {
		return idCard.substring(idCard.length() - 6).toUpperCase(Locale.ROOT);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}
}
