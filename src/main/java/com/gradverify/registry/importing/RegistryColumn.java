package com.gradverify.registry.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.gradverify.shared.HalfWidth;

/**
 * The columns of the national registry export, by their Chinese header. Headers are matched by
 * name after trimming and full-width normalisation, so their order in a file does not matter.
 */
enum RegistryColumn {

	EXAMINEE_NO("考生号", false, "44010112345678"),
	ID_CARD("身份证号", true, "11010519491231002X"),
	NAME("姓名", true, "张三"),
	GENDER("性别代码", false, "2"),
	ETHNICITY("民族代码", false, "01"),
	POLITICAL_STATUS("政治面貌代码", false, "03"),
	EDUCATION_LEVEL("学历代码", true, "31"),
	MAJOR_CODE("专业代码", false, "080901"),
	MAJOR_NAME("专业名称", false, "计算机科学与技术"),
	TRAINING_MODE("培养方式代码", false, "1"),
	SPONSOR_UNIT("定向或委培单位", false, ""),
	ORIGIN_PLACE("生源所在地代码", false, "110105"),
	SCHOOLING_LENGTH("学制", false, "4"),
	ENROLMENT_DATE("入学时间", false, "2021-09-01"),
	GRADUATION_DATE("毕业时间", true, "2025-06-30"),
	COLLEGE("院系", true, "计算机学院"),
	CLASS_NAME("班级", false, "计科2101"),
	STUDENT_NO("学号", true, "2021010101"),
	BIRTH_DATE("出生日期", false, "1949-12-31"),
	NORMAL_STUDENT("师范生类别代码", false, "2"),
	DIFFICULTY("困难生类别代码", false, "0"),
	URBAN_RURAL("城乡生源代码", false, "1");

	private static final Map<String, RegistryColumn> BY_HEADER = new HashMap<>();

	static {
		for (RegistryColumn column : values()) {
			BY_HEADER.put(column.header, column);
		}
	}

	private final String header;

	private final boolean required;

	private final String example;

	RegistryColumn(String header, boolean required, String example) {
		this.header = header;
		this.required = required;
		this.example = example;
	}

	/** The header as the national export writes it. */
	public String header() {
		return header;
	}

	/** Required columns must be present in the header and have a value in every row. */
	public boolean required() {
		return required;
	}

	/** A value of the template's example row. */
	public String example() {
		return example;
	}

	static Optional<RegistryColumn> byHeader(String text) {
		return Optional.ofNullable(BY_HEADER.get(normalizeHeader(text)));
	}

	static String normalizeHeader(String text) {
		if (text == null) {
			return "";
		}
		String normalized = HalfWidth.normalize(text.replace("\uFEFF", ""));
		return normalized.replaceAll("\\s+", "");
	}
}
