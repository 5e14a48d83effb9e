package com.gradverify.registry;

/**
 * The registry fields an approved change request (申请异动) may correct, with their columns and
 * SQL types. Values arrive as text in the national formats (codes, yyyy-MM-dd, 4.5).
 */
public enum CorrectableField {

	NAME("name", "varchar"),
	GENDER_CODE("gender_code", "varchar"),
	ETHNIC_CODE("ethnic_code", "varchar"),
	ORIGIN_PLACE_CODE("origin_place_code", "varchar"),
	EXAMINEE_NO("examinee_no", "varchar"),
	MAJOR_CODE("major_code", "varchar"),
	GRADUATION_DATE("graduation_date", "date"),
	EDUCATION_CODE("education_code", "varchar"),
	SCHOOLING_LENGTH("schooling_length", "numeric"),
	TRAINING_MODE_CODE("training_mode_code", "varchar"),
	SPONSOR_UNIT("sponsor_unit", "varchar");

	private final String column;

	private final String sqlType;

	CorrectableField(String column, String sqlType) {
		this.column = column;
		this.sqlType = sqlType;
	}

	String column() {
		return column;
	}

	String sqlType() {
		return sqlType;
	}
}
