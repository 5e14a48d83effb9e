package com.gradverify.shared;

/** SQL {@code like} patterns for text a user typed, whose own {@code %}, {@code _} and {@code \} match literally. */
public final class LikePattern {

	private LikePattern() {
	}

	/** A pattern matching any text that contains {@code typed}, stripped. */
	public static String containing(String typed) {
		return "%" + typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
