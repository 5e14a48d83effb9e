package com.gradverify.registry.importing;

/** One rejected value as reported to the user: row number (header = 1), column header, value, reason. */
public record ImportError(int row, String column, String value, String reason) {
}
