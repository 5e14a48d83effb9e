package com.gradverify.account;

import java.util.List;

/**
 * What a reviewer file did: how many data rows it had, the accounts created with their initial
 * passwords (shown to the administrator this once, stored only hashed), and every problem of the
 * rows not created, in row order.
 */
record ReviewerImportReport(int rows, List<Created> created, List<Problem> problems) {

	/** A reviewer created from row {@code row}; {@code college} is null for a school reviewer. */
	record Created(int row, String username, String displayName, Role role, String college, String initialPassword) {
	}

	/** Why row {@code row} was not created: the column's header (null for the row as a whole), its value, the reason. */
	record Problem(int row, String column, String value, String code, String reason) {
	}
}
