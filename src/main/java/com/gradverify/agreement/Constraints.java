package com.gradverify.agreement;

import org.springframework.dao.DataIntegrityViolationException;

/** Tells which database constraint refused a write, so only that one becomes a domain conflict. */
final class Constraints {

	private Constraints() {
	}

	static boolean violated(DataIntegrityViolationException ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
				return true;
			}
		}
		return false;
	}
}
