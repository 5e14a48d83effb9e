package com.gradverify.registry.importing;

import com.gradverify.shared.PersonalData;

/**
 * One reason a row was rejected: the row number as the user sees it (header = 1), the column's
 * header ({@code null} for the row as a whole), the value as written (a 身份证号 masked), and the
 * message code of the reason with its arguments.
 */
record RowProblem(int rowNo, String column, String value, String reasonCode, Object... args) {

	static RowProblem of(int rowNo, RegistryColumn column, String value, String reasonCode, Object... args) {
		String shown = column == RegistryColumn.ID_CARD ? PersonalData.maskIdCard(value) : value;
		if (shown != null) {
			// the report is stored in PostgreSQL, which cannot hold NUL: show it as the symbol for it
			shown = shown.replace('\0', '\u2400');
		}
		if (shown != null && shown.length() > 200) {
			shown = shown.substring(0, 200);
		}
		return new RowProblem(rowNo, column == null ? null : column.header(), shown, reasonCode, args);
	}
}
