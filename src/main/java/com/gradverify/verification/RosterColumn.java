package com.gradverify.verification;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import com.gradverify.reference.ReferenceData;

/**
 * The columns of the 毕业生资格审查名册 in the national layout, each naming the form's field
 * ({@link FormFields}) it is read from in a row of {@code verification_application}: codes as
 * stored (民族 01, never 1) and beside them their names from the code tables; 生源地 written by the
 * official naming rules. The order and the headers are the province's, not the form's.
 */
enum RosterColumn {
	EXAMINEE_NO("考生号", FormFields.EXAMINEE_NO),
	ID_CARD("身份证号", FormFields.ID_CARD),
	NAME("姓名", FormFields.NAME),
	GENDER_CODE("性别代码", FormFields.GENDER_CODE),
	GENDER("性别", FormFields.GENDER_CODE, Cell.NAME),
	ETHNIC_CODE("民族代码", FormFields.ETHNIC_CODE),
	ETHNICITY("民族", FormFields.ETHNIC_CODE, Cell.NAME),
	POLITICAL_CODE("政治面貌代码", FormFields.POLITICAL_CODE),
	POLITICAL_STATUS("政治面貌", FormFields.POLITICAL_CODE, Cell.NAME),
	EDUCATION_CODE("学历代码", FormFields.EDUCATION_CODE),
	EDUCATION_LEVEL("学历", FormFields.EDUCATION_CODE, Cell.NAME),
	MAJOR_CODE("专业代码", FormFields.MAJOR_CODE),
	MAJOR_NAME("专业名称", FormFields.MAJOR_NAME),
	TRAINING_MODE_CODE("培养方式代码", FormFields.TRAINING_MODE_CODE),
	TRAINING_MODE("培养方式", FormFields.TRAINING_MODE_CODE, Cell.NAME),
	SPONSOR_UNIT("定向或委培单位", FormFields.SPONSOR_UNIT),
	ORIGIN_PLACE_CODE("生源所在地代码", FormFields.ORIGIN_PLACE_CODE),
	ORIGIN_PLACE("生源地", FormFields.ORIGIN_PLACE_CODE, Cell.NAME),
	SCHOOLING_LENGTH("学制", FormFields.SCHOOLING_LENGTH),
	ENROLMENT_DATE("入学时间", FormFields.ENROLMENT_DATE),
	GRADUATION_DATE("毕业时间", FormFields.GRADUATION_DATE),
	COLLEGE("院系", FormFields.COLLEGE_NAME),
	CLASS_NAME("班级", FormFields.CLASS_NAME),
	STUDENT_NO("学号", FormFields.STUDENT_NO),
	BIRTH_DATE("出生日期", FormFields.BIRTH_DATE),
	URBAN_RURAL_CODE("城乡生源代码", FormFields.URBAN_RURAL_CODE),
	NORMAL_STUDENT_CODE("师范生类别代码", FormFields.NORMAL_STUDENT_CODE),
	DIFFICULTY_CODE("困难生类别代码", FormFields.DIFFICULTY_CODE),
	ARCHIVE_UNIT("入学前档案所在单位", FormFields.ARCHIVE_UNIT),
	POLICE_STATION("入学前户口所在地派出所", FormFields.POLICE_STATION),
	MOBILE("手机", FormFields.MOBILE),
	HOME_ADDRESS("家庭地址", FormFields.HOME_DIVISION_CODE, Cell.ADDRESS),
	HOME_PHONE("家庭电话", FormFields.HOME_PHONE),
	POSTCODE("邮政编码", FormFields.POSTCODE),
	EMAIL("电子邮箱", FormFields.EMAIL);

	final String header;

	private final FormFields field;

	private final Cell cell;

	RosterColumn(String header, FormFields field) {
		this(header, field, Cell.VALUE);
	}

	RosterColumn(String header, FormFields field, Cell cell) {
		this.header = header;
		this.field = field;
		this.cell = cell;
	}

	/** The cell's text; dates ISO (yyyy-MM-dd), null for a blank. */
	String value(ResultSet row, ReferenceData reference) throws SQLException {
		return cell.value(field, row, reference);
	}

	/** What a cell shows of its field. */
	private enum Cell {

		/** The value as stored: codes as codes, 学制 as 4.5. */
		VALUE {
			@Override
			String value(FormFields field, ResultSet row, ReferenceData reference) throws SQLException {
				if (field.type() == BigDecimal.class) {
					BigDecimal number = row.getBigDecimal(field.column());
					return number == null ? null : number.stripTrailingZeros().toPlainString();
				}
				return row.getString(field.column());
			}
		},
		/** The code's name (汉族, 湖南省岳阳县), null for a blank or a code no table names. */
		NAME {
			@Override
			String value(FormFields field, ResultSet row, ReferenceData reference) throws SQLException {
				return field.nameOf(row.getString(field.column()), reference).orElse(null);
			}
		},
		/** The division written out (县 by the 生源地 rules, then the 乡镇) followed by the street address. */
		ADDRESS {
			@Override
			String value(FormFields field, ResultSet row, ReferenceData reference) throws SQLException {
				String place = field.nameOf(row.getString(field.column()), reference).orElse("");
				String detail = row.getString(FormFields.HOME_ADDRESS_DETAIL.column());
				String address = place + (detail == null ? "" : detail);
				return address.isEmpty() ? null : address;
			}
		};

		abstract String value(FormFields field, ResultSet row, ReferenceData reference) throws SQLException;
	}
}
