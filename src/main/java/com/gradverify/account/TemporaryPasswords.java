package com.gradverify.account;

import java.security.SecureRandom;

/**
 * Passwords the application chooses for someone (a reset staff account, a reviewer created from a
 * file): 16 random letters and digits, about 93 bits, shown to the administrator once and to be
 * changed at the first sign-in. Characters that are easily misread (0 O o 1 l I) are left out
 * because the password is passed on by hand.
 */
final class TemporaryPasswords {

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	/**
	 * A random password that passes the password rules for this username: a short username can
	 * turn up inside 16 random characters, and the rules refuse a password that contains it.
	 */
	static String generate(String username) {
		PasswordRules.Owner owner = new PasswordRules.Owner(username, null);
		while (true) {
			StringBuilder password = new StringBuilder(LENGTH);
			for (int i = 0; i < LENGTH; i++) {
				password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			if (PasswordRules.strength("password", password.toString(), owner).isEmpty()) {
				return password.toString();
			}
		}
	}
}
