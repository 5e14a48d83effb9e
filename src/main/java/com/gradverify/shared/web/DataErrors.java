package com.gradverify.shared.web;

import java.sql.SQLException;

/** What a database error says about the request. */
final class DataErrors {

	/** SQLSTATE 22001 string_data_right_truncation: a value longer than its column. */
	private static final String TOO_LONG = "22001";

	private DataErrors() {
	}

	static boolean isTooLong(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLException sql && TOO_LONG.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
