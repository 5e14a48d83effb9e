package com.gradverify.account;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.gradverify.shared.HalfWidth;

/**
 * The columns of the reviewer file, by their Chinese header (the file's format, like the registry's
 * columns), and the field of {@link StaffAccountService.NewStaffAccount} each one fills.
 */
enum ReviewerColumn {

	USERNAME("用户名", "username"),
	DISPLAY_NAME("姓名", "displayName"),
	ROLE("角色", "role"),
	COLLEGE("学院", "college");

	private final String header;

	private final String field;

	ReviewerColumn(String header, String field) {
		this.header = header;
		this.field = field;
	}

	String header() {
		return header;
	}

	/** The column a field's problem belongs to; empty for a problem of the row as a whole. */
	static Optional<ReviewerColumn> ofField(String field) {
		return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst();
	}

	/** Which column a header cell names, after trimming and full-width normalisation. */
	static Optional<ReviewerColumn> ofHeader(String text) {
		String header = HalfWidth.normalize(text);
		return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
	}

	static List<String> headers() {
		return Arrays.stream(values()).map(ReviewerColumn::header).toList();
	}
}
