package com.gradverify.verification;

import java.sql.ResultSet;
import java.sql.SQLException;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;

/**
 * The columns of the 毕业生资格审查名册 in the national layout, each with how to read it from a row
 * of {@code verification_application}: codes as stored (民族 01, never 1) and beside them their
 * names from the code tables; 生源地 written by the official naming rules.
 */
enum RosterColumn {
	EXAMINEE_NO("考生号", "examinee_no"),
	ID_CARD("身份证号", "id_card"),
	NAME("姓名", "name"),
	GENDER_CODE("性别代码", "gender_code"),
	GENDER("性别", "gender_code", CodeTable.GENDER),
	ETHNIC_CODE("民族代码", "ethnic_code"),
	ETHNICITY("民族", "ethnic_code", CodeTable.ETHNICITY),
	POLITICAL_CODE("政治面貌代码", "political_code"),
	POLITICAL_STATUS("政治面貌", "political_code", CodeTable.POLITICAL_STATUS),
	EDUCATION_CODE("学历代码", "education_code"),
	EDUCATION_LEVEL("学历", "education_code", CodeTable.EDUCATION_LEVEL),
	MAJOR_CODE("专业代码", "major_code"),
	MAJOR_NAME("专业名称", "major_name"),
	TRAINING_MODE_CODE("培养方式代码", "training_mode_code"),
	TRAINING_MODE("培养方式", "training_mode_code", CodeTable.TRAINING_MODE),
	SPONSOR_UNIT("定向或委培单位", "sponsor_unit"),
	ORIGIN_PLACE_CODE("生源所在地代码", "origin_place_code"),
	ORIGIN_PLACE("生源地", "origin_place_code") {
		@Override
		String value(ResultSet row, ReferenceData reference) throws SQLException {
			String code = row.getString(source);
			return code == null ? null : reference.originPlaceName(code).orElse(null);
		}
	},
	SCHOOLING_LENGTH("学制", "schooling_length") {
		@Override
		String value(ResultSet row, ReferenceData reference) throws SQLException {
			var length = row.getBigDecimal(source);
			return length == null ? null : length.stripTrailingZeros().toPlainString();
		}
	},
	ENROLMENT_DATE("入学时间", "enrolment_date"),
	GRADUATION_DATE("毕业时间", "graduation_date"),
	COLLEGE("院系", "college_name"),
	CLASS_NAME("班级", "class_name"),
	STUDENT_NO("学号", "student_no"),
	BIRTH_DATE("出生日期", "birth_date"),
	URBAN_RURAL_CODE("城乡生源代码", "urban_rural_code"),
	NORMAL_STUDENT_CODE("师范生类别代码", "normal_student_code"),
	DIFFICULTY_CODE("困难生类别代码", "difficulty_code"),
	ARCHIVE_UNIT("入学前档案所在单位", "archive_unit"),
	POLICE_STATION("入学前户口所在地派出所", "police_station"),
	MOBILE("手机", "mobile"),
	HOME_ADDRESS("家庭地址", "home_division_code") {
		/** The division written out (县 by the 生源地 rules, then the 乡镇) followed by the street address. */
		@Override
		String value(ResultSet row, ReferenceData reference) throws SQLException {
			String code = row.getString(source);
			String detail = row.getString("home_address_detail");
			String place = "";
			if (code != null && code.length() >= 6) {
				place = reference.originPlaceName(code.substring(0, 6)).orElse("")
						+ (code.length() > 6 ? reference.division(code).map(d -> d.name()).orElse("") : "");
			}
			String address = place + (detail == null ? "" : detail);
			return address.isEmpty() ? null : address;
		}
	},
	HOME_PHONE("家庭电话", "home_phone"),
	POSTCODE("邮政编码", "postcode"),
	EMAIL("电子邮箱", "email");

	final String header;

	final String source;

	private final CodeTable codeTable;

	RosterColumn(String header, String source) {
		this(header, source, null);
	}

	RosterColumn(String header, String source, CodeTable codeTable) {
		this.header = header;
		this.source = source;
		this.codeTable = codeTable;
	}

	/** The cell's text; dates ISO (yyyy-MM-dd), null for a blank. */
	String value(ResultSet row, ReferenceData reference) throws SQLException {
		String value = row.getString(source);
		if (value == null || codeTable == null) {
			return value;
		}
		return reference.codeName(codeTable, value).orElse(null);
	}
}
