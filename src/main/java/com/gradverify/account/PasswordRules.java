package com.gradverify.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import com.gradverify.shared.RuleViolationException.Violation;

/**
 * What a chosen password must be, one reason at a time and the most useful first: 8 to 64
 * characters with letters and digits, at most 72 bytes (bcrypt ignores anything after that); not
 * containing its owner's username (the 学号), the default password or any other run of six
 * characters of the 身份证号; and hard to guess by zxcvbn's estimate, which knows common passwords
 * and their l33t spellings, words and names, repeats, sequences, keyboard patterns and dates. For
 * a change it must also differ from the current password, which for a first login is the default.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 64;

	private static final int MAX_BYTES = 72;

	/** Runs of the 身份证号 this long are refused anywhere in a password (the default password is one). */
	private static final int ID_CARD_RUN = 6;

	/**
	 * zxcvbn's score 2 and up: at least 10^6 guesses, which zxcvbn calls protection from
	 * unthrottled online attacks. Below it are password1, aaaaaaa1, Passw0rd and Better2026.
	 */
	private static final int MIN_SCORE = 2;

	/** Loads zxcvbn's dictionaries once; every estimate then works on its own state. */
	private static final Zxcvbn ESTIMATOR = new Zxcvbn();

	private PasswordRules() {
	}

	/**
	 * Whose password it is, for what it must not contain.
	 * @param username the account's username (a student's 学号)
	 * @param idCard the account's 身份证号, null for staff
	 */
	record Owner(String username, String idCard) {

		static Owner of(StoredAccount account) {
			return new Owner(account.account().username(), account.idCard());
		}
	}

	/** The rules for a password chosen for {@code field} (a new password or a staff initial password). */
	static List<Violation> strength(String field, String password, Owner owner) {
		if (password == null || password.isEmpty()) {
			return List.of(new Violation(field, "password.required"));
		}
		if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return List.of(new Violation(field, "password.tooLong", MAX_LENGTH));
		}
		String upper = password.toUpperCase(Locale.ROOT);
		String idCard = owner.idCard() == null ? "" : owner.idCard().strip().toUpperCase(Locale.ROOT);
		if (idCard.length() >= ID_CARD_RUN && upper.contains(PasswordVerifier.defaultPassword(idCard))) {
			return List.of(new Violation(field, "password.containsDefault"));
		}
		if (idCardRuns(idCard).anyMatch(upper::contains)) {
			return List.of(new Violation(field, "password.containsIdCard", ID_CARD_RUN));
		}
		String username = owner.username() == null ? "" : owner.username().strip().toUpperCase(Locale.ROOT);
		if (!username.isEmpty() && upper.contains(username)) {
			return List.of(new Violation(field, "password.containsUsername"));
		}
		if (password.length() < MIN_LENGTH) {
			return List.of(new Violation(field, "password.tooShort", MIN_LENGTH));
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			return List.of(new Violation(field, "password.lettersAndDigits"));
		}
		Strength strength = ESTIMATOR.measure(password,
				Stream.of(owner.username(), owner.idCard()).filter(input -> input != null && !input.isBlank()).toList());
		if (strength.getScore() < MIN_SCORE) {
			return List.of(new Violation(field, Weakness.of(strength.getSequence()).code));
		}
		return List.of();
	}

	/**
	 * The rules for changing a password. {@code confirmation} is null when the client does not
	 * ask for one (the API).
	 */
	static List<Violation> change(String current, String newPassword, String confirmation, Owner owner) {
		List<Violation> violations = new ArrayList<>();
		if (current == null || current.isEmpty()) {
			violations.add(new Violation("currentPassword", "password.current.required"));
		}
		violations.addAll(strength("newPassword", newPassword, owner));
		if (violations.stream().noneMatch(v -> "newPassword".equals(v.field())) && newPassword.equals(current)) {
			violations.add(new Violation("newPassword", "password.sameAsCurrent"));
		}
		if (confirmation != null && newPassword != null && !newPassword.isEmpty() && !confirmation.equals(newPassword)) {
			violations.add(new Violation("confirmPassword", "password.confirmMismatch"));
		}
		return violations;
	}

	/** Every run of {@link #ID_CARD_RUN} consecutive characters of the 身份证号. */
	private static Stream<String> idCardRuns(String idCard) {
		return IntStream.rangeClosed(0, idCard.length() - ID_CARD_RUN).mapToObj(i -> idCard.substring(i, i + ID_CARD_RUN));
	}

	/**
	 * Why zxcvbn finds a password easy to guess, from the parts it guessed it by; where there are
	 * several, the first kind in this order names the reason.
	 */
	private enum Weakness {

		COMMON("password.weak.common", match -> isDictionary(match, "passwords")),

		PERSONAL("password.weak.personal", match -> isDictionary(match, "user_inputs")),

		WORD("password.weak.word", match -> match.pattern == Pattern.Dictionary),

		// zxcvbn takes a run of one character (aaaaaaa) for a sequence with step 0
		REPEAT("password.weak.repeat", match -> match.pattern == Pattern.Repeat
				|| (match.pattern == Pattern.Sequence && oneCharacter(match.token))),

		SEQUENCE("password.weak.sequence", match -> match.pattern == Pattern.Sequence),

		KEYBOARD("password.weak.keyboard", match -> match.pattern == Pattern.Spatial),

		DATE("password.weak.date", match -> match.pattern == Pattern.Date || match.pattern == Pattern.Regex),

		/** Too short a random part, with nothing more to say. */
		OTHER("password.weak", match -> true);

		final String code;

		private final Predicate<Match> recognizes;

		Weakness(String code, Predicate<Match> recognizes) {
			this.code = code;
			this.recognizes = recognizes;
		}

		static Weakness of(List<Match> sequence) {
			return Arrays.stream(values()).filter(weakness -> sequence.stream().anyMatch(weakness.recognizes))
				.findFirst()
				.orElse(OTHER);
		}

		private static boolean oneCharacter(CharSequence token) {
			return token.chars().distinct().count() == 1;
		}

		private static boolean isDictionary(Match match, String dictionary) {
			return match.pattern == Pattern.Dictionary && dictionary.equals(match.dictionaryName);
		}
	}
}
