package com.gradverify.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.gradverify.shared.RuleViolationException.Violation;

/**
 * What a chosen password must be: 8 to 64 characters with letters and digits, at most 72 bytes
 * (bcrypt ignores anything after that), and for a change different from the current one, which
 * for a first login is the default password.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 64;

	private static final int MAX_BYTES = 72;

	private PasswordRules() {
	}

	/** The rules for a password chosen for {@code field} (a new password or a staff initial password). */
	static List<Violation> strength(String field, String password) {
		if (password == null || password.isEmpty()) {
			return List.of(new Violation(field, "password.required"));
		}
		if (password.length() < MIN_LENGTH) {
			return List.of(new Violation(field, "password.tooShort", MIN_LENGTH));
		}
		if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return List.of(new Violation(field, "password.tooLong", MAX_LENGTH));
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			return List.of(new Violation(field, "password.lettersAndDigits"));
		}
		return List.of();
	}

	/**
	 * The rules for changing a password. {@code confirmation} is null when the client does not
	 * ask for one (the API). The default password is six characters, so the length rule already
	 * keeps a student from choosing it again.
	 */
	static List<Violation> change(String current, String newPassword, String confirmation) {
		List<Violation> violations = new ArrayList<>();
		if (current == null || current.isEmpty()) {
			violations.add(new Violation("currentPassword", "password.current.required"));
		}
		violations.addAll(strength("newPassword", newPassword));
		if (violations.stream().noneMatch(v -> "newPassword".equals(v.field())) && newPassword.equals(current)) {
			violations.add(new Violation("newPassword", "password.sameAsCurrent"));
		}
		if (confirmation != null && newPassword != null && !newPassword.isEmpty() && !confirmation.equals(newPassword)) {
			violations.add(new Violation("confirmPassword", "password.confirmMismatch"));
		}
		return violations;
	}
}
