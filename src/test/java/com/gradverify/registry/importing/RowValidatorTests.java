package com.gradverify.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowValidatorTests {

	private static final List<String> HEADERS = new ArrayList<>(RegistryFiles.row(1).keySet());

	static {
		HEADERS.addAll(List.of("师范生类别代码", "困难生类别代码", "城乡生源代码"));
	}

	private final RowValidator validator = new RowValidator(HeaderLayout.of(HEADERS), 2025, new FakeReferenceData());

	private final List<RowProblem> problems = new ArrayList<>();

	@Test
	void acceptsACompleteRowAndNormalisesIt() {
		var row = RegistryFiles.with(RegistryFiles.row(7), "身份证号", "１１０１０５１９４９１２３１００２ｘ");
		row = RegistryFiles.with(row, "出生日期", "1949/12/31");
		row = RegistryFiles.with(row, "性别代码", "2");
		row = RegistryFiles.with(row, "民族代码", "1");
		row = RegistryFiles.with(row, "学制", "3.5");
		row = RegistryFiles.with(row, "入学时间", "202109");
		row = RegistryFiles.with(row, "师范生类别代码", "12");

		RegistryRow valid = validate(row);

		assertThat(problems).isEmpty();
		assertThat(valid.idCard()).isEqualTo("11010519491231002X");
		assertThat(valid.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(valid.ethnicCode()).isEqualTo("01");
		assertThat(valid.schoolingLength()).isEqualByComparingTo(new BigDecimal("3.5"));
		assertThat(valid.enrolmentDate()).isEqualTo(LocalDate.of(2021, 9, 1));
		assertThat(valid.normalStudentCode()).isEqualTo("12");
		assertThat(valid.rowNo()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "120203K, 120203K", "080910t, 080910T", "030107TK, 030107TK", "510201, 510201", "0812, 0812",
			"081201, 081201", "0812Z1, 0812Z1" })
	void acceptsMajorCodesAsTheCataloguesWriteThem(String written, String stored) {
		assertThat(validate(RegistryFiles.with(RegistryFiles.row(1), "专业代码", written)).majorCode()).isEqualTo(stored);
		assertThat(problems).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "620200", "110228" }) // a city without counties by its own code; the old 密云县
	void acceptsOriginPlaceCodesTheStatisticalListLacks(String code) {
		assertThat(validate(RegistryFiles.with(RegistryFiles.row(1), "生源所在地代码", code)).originPlaceCode())
			.isEqualTo(code);
		assertThat(problems).isEmpty();
	}

	@Test
	void acceptsBlankOptionalValuesAsNull() {
		var row = RegistryFiles.row(1);
		for (String optional : List.of("考生号", "性别代码", "民族代码", "政治面貌代码", "专业代码", "专业名称", "培养方式代码",
				"定向或委培单位", "生源所在地代码", "学制", "入学时间", "班级", "出生日期")) {
			row = RegistryFiles.with(row, optional, " ");
		}

		RegistryRow valid = validate(row);

		assertThat(problems).isEmpty();
		assertThat(valid.examineeNo()).isNull();
		assertThat(valid.originPlaceCode()).isNull();
		assertThat(valid.schoolingLength()).isNull();
		assertThat(valid.birthDate()).isNull();
		assertThat(valid.sponsorUnit()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "身份证号", "姓名", "学号", "学历代码", "院系", "毕业时间" })
	void rejectsABlankRequiredValue(String header) {
		assertThat(validate(RegistryFiles.with(RegistryFiles.row(1), header, ""))).isNull();

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.column()).isEqualTo(header);
			assertThat(p.reasonCode()).isEqualTo("registry.row.required");
			assertThat(p.rowNo()).isEqualTo(2);
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"身份证号|110105194912310021|idCard.checkDigit",
			"身份证号|1101051949123100|idCard.length",
			"考生号|2143010100000|registry.row.format.EXAMINEE_NO",
			"考生号|2143010100000A|registry.row.format.EXAMINEE_NO",
			"专业代码|08090|majorCode.format",
			"专业代码|12020K|majorCode.format",
			"专业代码|1202033K|majorCode.format",
			"学制|10|registry.row.schoolingLength",
			"学制|1|registry.row.schoolingLength",
			"学制|2.3|registry.row.schoolingLength",
			"学制|四年|registry.row.schoolingLength",
			"入学时间|2021-02-30|registry.row.monthOrDate",
			"入学时间|2021-13|registry.row.monthOrDate",
			"毕业时间|2024-06-30|registry.row.graduationYear",
			"毕业时间|June 2025|registry.row.monthOrDate",
			"出生日期|2003-01|registry.row.date",
			"出生日期|2003-01-05|registry.row.birthDateMismatch",
			"性别代码|2|registry.row.genderMismatch",
			"性别代码|3|registry.row.unknownCode",
			"民族代码|57|registry.row.unknownCode",
			"政治面貌代码|14|registry.row.unknownCode",
			"学历代码|21|registry.row.unknownCode",
			"培养方式代码|6|registry.row.unknownCode",
			"生源所在地代码|430600|registry.row.unknownDivision",
			"生源所在地代码|4306|registry.row.unknownDivision",
			"生源所在地代码|110100|registry.row.unknownDivision",
			"师范生类别代码|3|registry.row.unknownCode",
			"困难生类别代码|8|registry.row.unknownCode",
			"城乡生源代码|3|registry.row.unknownCode" })
	void rejectsAnInvalidValue(String header, String value, String reason) {
		assertThat(validate(RegistryFiles.with(RegistryFiles.row(1), header, value))).isNull();

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.column()).isEqualTo(header);
			assertThat(p.reasonCode()).isEqualTo(reason);
		});
	}

	@Test
	void reportsEveryProblemOfARowAndMasksTheIdCard() {
		var row = RegistryFiles.with(RegistryFiles.row(1), "身份证号", "110105194912310021");
		row = RegistryFiles.with(row, "姓名", "");

		validate(row);

		assertThat(problems).extracting(RowProblem::column, RowProblem::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("身份证号", "110105************"),
					org.assertj.core.groups.Tuple.tuple("姓名", ""));
	}

	@Test
	void rejectsTheLaterOfTwoRowsWithTheSameIdCardOrStudentNo() {
		var first = RegistryFiles.row(1);
		var second = RegistryFiles.row(2);

		assertThat(validate(first)).isNotNull();
		var sameIdCard = RegistryFiles.with(second, "身份证号", first.get("身份证号").toLowerCase());
		assertThat(validate(RegistryFiles.with(sameIdCard, "出生日期", first.get("出生日期")))).isNull();
		assertThat(validate(RegistryFiles.with(second, "学号", first.get("学号")))).isNull();
		assertThat(validate(second)).isNotNull();

		assertThat(problems).extracting(RowProblem::reasonCode)
			.containsExactly("registry.row.duplicateIdCard", "registry.row.duplicateStudentNo");
	}

	@ParameterizedTest
	@CsvSource({ "姓名", "学号", "入学时间", "民族代码" })
	void rejectsANulCharacterOnceAndShowsItAsItsSymbol(String header) {
		var row = RegistryFiles.row(1);
		validate(RegistryFiles.with(row, header, row.get(header) + "\u0000"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.column()).isEqualTo(header);
			assertThat(p.reasonCode()).isEqualTo("registry.row.nulCharacter");
			assertThat(p.value()).doesNotContain("\u0000").contains("\u2400");
		});
	}

	@Test
	void rejectsANulCharacterInTheIdCardAndShowsOnlyTheRegion() {
		var row = RegistryFiles.row(1);
		String idCard = row.get("身份证号");
		validate(RegistryFiles.with(row, "身份证号", idCard + "\u0000"));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.reasonCode()).isEqualTo("registry.row.nulCharacter");
			assertThat(p.value()).isEqualTo(idCard.substring(0, 6) + "*".repeat(13));
		});
	}

	@Test
	void rejectsTooLongText() {
		validate(RegistryFiles.with(RegistryFiles.row(1), "姓名", "名".repeat(51)));

		assertThat(problems).singleElement().extracting(RowProblem::reasonCode).isEqualTo("registry.row.tooLong");
	}

	@Test
	void matchesHeadersByNameInAnyOrderIgnoringUnknownColumnsAndFullWidthSpaces() {
		var layout = HeaderLayout.of(List.of("备注", "　学号 ", "院系", "姓名", "身份证号", "学历代码", "毕业时间"));

		assertThat(layout.text(List.of("x", "2021001", "文学院", "张三", "", "31", "2025-06"), RegistryColumn.STUDENT_NO))
			.isEqualTo("2021001");
		assertThat(layout.has(RegistryColumn.EXAMINEE_NO)).isFalse();
	}

	@Test
	void refusesAHeaderWithoutRequiredColumnsAndNamesThem() {
		assertThatThrownBy(() -> HeaderLayout.of(List.of("姓名", "身份证号", "院系", "毕业时间")))
			.isInstanceOfSatisfying(RegistryFileException.class, ex -> {
				assertThat(ex.code()).isEqualTo("registry.file.missingHeaders");
				assertThat(ex.args()).containsExactly("学历代码、学号");
			});
	}

	private RegistryRow validate(Map<String, String> row) {
		List<String> cells = HEADERS.stream().map(h -> row.getOrDefault(h, "")).toList();
		return validator.validate(2, cells, problems);
	}
}
