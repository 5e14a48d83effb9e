package com.gradverify.registry.importing;

import static com.gradverify.registry.importing.RegistryColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MajorCode;

/**
 * Checks the rows of one file. Required values must be present; every other value may be blank
 * (stored as NULL, shown as 未比对 later) but must be valid when given. 毕业时间 must fall in the
 * graduation year being imported: the province exports one year's graduates per file, so a date
 * in another year means the wrong file or a typing error. A 身份证号 or 学号 already used by an
 * earlier valid row of the same file rejects the later row.
 */
final class RowValidator {

	private static final Pattern EXAMINEE_NO_SHAPE = Pattern.compile("[0-9]{14}");

	private static final Pattern DIVISION = Pattern.compile("[0-9]{6}");

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private static final BigDecimal SHORTEST = new BigDecimal("1.5");

	private static final BigDecimal LONGEST = new BigDecimal("9.5");

	private final HeaderLayout layout;

	private final int graduationYear;

	private final ReferenceData reference;

	/** Answers of the reference data per table, so each distinct code is looked up once per file. */
	private final Map<CodeTable, Map<String, Boolean>> knownCodes = new EnumMap<>(CodeTable.class);

	private final Map<String, Boolean> knownOriginPlaces = new HashMap<>();

	private final SeenKeys seen = new SeenKeys();

	RowValidator(HeaderLayout layout, int graduationYear, ReferenceData reference) {
		this.layout = layout;
		this.graduationYear = graduationYear;
		this.reference = reference;
	}

	/** The valid row, or {@code null} after adding the row's problems to {@code problems}. */
	RegistryRow validate(int rowNo, List<String> cells, List<RowProblem> problems) {
		var row = new Checker(rowNo, cells);
		IdCardNumber idCard = row.value(ID_CARD, IdCardNumber::of);
		String name = row.text(NAME, 50);
		String studentNo = row.text(STUDENT_NO, 32);
		String education = row.code(EDUCATION_LEVEL, CodeTable.EDUCATION_LEVEL);
		String college = row.text(COLLEGE, 100);
		LocalDate graduation = row.date(GRADUATION_DATE, true);
		if (graduation != null && graduation.getYear() != graduationYear) {
			row.reject(GRADUATION_DATE, "registry.row.graduationYear", String.valueOf(graduationYear));
		}
		String examineeNo = row.matching(EXAMINEE_NO, EXAMINEE_NO_SHAPE);
		String gender = row.code(GENDER, CodeTable.GENDER);
		String ethnic = row.code(ETHNICITY, CodeTable.ETHNICITY);
		String political = row.code(POLITICAL_STATUS, CodeTable.POLITICAL_STATUS);
		MajorCode majorCode = row.value(MAJOR_CODE, MajorCode::of);
		String majorName = row.text(MAJOR_NAME, 100);
		String trainingMode = row.code(TRAINING_MODE, CodeTable.TRAINING_MODE);
		String sponsor = row.text(SPONSOR_UNIT, 200);
		String origin = row.division();
		BigDecimal schooling = row.schoolingLength();
		LocalDate enrolment = row.date(ENROLMENT_DATE, true);
		String className = row.text(CLASS_NAME, 100);
		LocalDate birth = row.date(BIRTH_DATE, false);
		String normal = row.code(NORMAL_STUDENT, CodeTable.NORMAL_STUDENT);
		String difficulty = row.code(DIFFICULTY, CodeTable.DIFFICULTY);
		String urbanRural = row.code(URBAN_RURAL, CodeTable.URBAN_RURAL);
		if (idCard != null && birth != null && !birth.equals(idCard.birthDate())) {
			row.reject(BIRTH_DATE, "registry.row.birthDateMismatch");
		}
		if (idCard != null && gender != null && !gender.equals(idCard.genderCode())) {
			row.reject(GENDER, "registry.row.genderMismatch");
		}
		if (row.problems.isEmpty()) {
			if (seen.hasIdCard(idCard.value())) {
				row.reject(ID_CARD, "registry.row.duplicateIdCard");
			}
			if (seen.hasStudentNo(studentNo)) {
				row.reject(STUDENT_NO, "registry.row.duplicateStudentNo");
			}
		}
		if (!row.problems.isEmpty()) {
			problems.addAll(row.problems);
			return null;
		}
		seen.add(idCard.value(), studentNo);
		return new RegistryRow(rowNo, idCard.value(), name, studentNo, education, college, graduation, examineeNo,
				gender, ethnic, political, majorCode == null ? null : majorCode.value(), majorName, trainingMode, sponsor,
				origin, schooling, enrolment, className, birth, normal, difficulty, urbanRural);
	}

	private boolean knownCode(CodeTable table, String code) {
		return knownCodes.computeIfAbsent(table, t -> new HashMap<>())
			.computeIfAbsent(code, key -> reference.isValidCode(table, code));
	}

	/** Registries write GB/T 2260 codes: current ones, 620200-like cities and codes of divisions since abolished. */
	private boolean knownOriginPlace(String code) {
		return knownOriginPlaces.computeIfAbsent(code, key -> reference.originPlace(code).isPresent());
	}

	/** The checks of one row, collecting every problem rather than stopping at the first. */
	private final class Checker {

		private final int rowNo;

		private final List<String> cells;

		private final List<RowProblem> problems = new ArrayList<>(2);

		private final Set<RegistryColumn> unreadable = EnumSet.noneOf(RegistryColumn.class);

		Checker(int rowNo, List<String> cells) {
			this.rowNo = rowNo;
			this.cells = cells;
		}

		void reject(RegistryColumn column, String reason, Object... args) {
			problems.add(RowProblem.of(rowNo, column, layout.raw(cells, column), reason, args));
		}

		/**
		 * The cell as text or as a code; a value carrying NUL (U+0000), which PostgreSQL cannot store,
		 * is rejected here and read as absent without a second problem for the column.
		 */
		private String cell(RegistryColumn column, boolean text) {
			String value = text ? layout.text(cells, column) : layout.code(cells, column);
			if (value != null && value.indexOf('\0') >= 0) {
				reject(column, "registry.row.nulCharacter");
				unreadable.add(column);
				return null;
			}
			return value;
		}

		private boolean missing(RegistryColumn column, String value) {
			if (value == null && column.required() && !unreadable.contains(column)) {
				reject(column, "registry.row.required");
			}
			return value == null;
		}

		/** The cell as a self-validating value; the message code of a refusal is the problem. */
		<T> T value(RegistryColumn column, Function<String, T> parse) {
			String value = cell(column, false);
			if (missing(column, value)) {
				return null;
			}
			try {
				return parse.apply(value);
			}
			catch (InvalidValueException ex) {
				reject(column, ex.messageCode());
				return null;
			}
		}

		String text(RegistryColumn column, int maxLength) {
			String value = cell(column, true);
			if (missing(column, value)) {
				return null;
			}
			if (value.length() > maxLength) {
				reject(column, "registry.row.tooLong", maxLength);
				return null;
			}
			return value;
		}

		String code(RegistryColumn column, CodeTable table) {
			String value = cell(column, false);
			if (missing(column, value)) {
				return null;
			}
			String code = twoDigitTable(table) && value.length() == 1 ? "0" + value : value;
			if (!knownCode(table, code)) {
				reject(column, "registry.row.unknownCode");
				return null;
			}
			return code;
		}

		String matching(RegistryColumn column, Pattern pattern) {
			String value = cell(column, false);
			if (missing(column, value)) {
				return null;
			}
			value = value.toUpperCase();
			if (!pattern.matcher(value).matches()) {
				reject(column, "registry.row.format." + column.name());
				return null;
			}
			return value;
		}

		String division() {
			String value = cell(ORIGIN_PLACE, false);
			if (missing(ORIGIN_PLACE, value)) {
				return null;
			}
			if (!DIVISION.matcher(value).matches() || !knownOriginPlace(value)) {
				reject(ORIGIN_PLACE, "registry.row.unknownDivision");
				return null;
			}
			return value;
		}

		BigDecimal schoolingLength() {
			String value = cell(SCHOOLING_LENGTH, false);
			if (missing(SCHOOLING_LENGTH, value)) {
				return null;
			}
			try {
				BigDecimal years = new BigDecimal(value);
				if (years.compareTo(SHORTEST) >= 0 && years.compareTo(LONGEST) <= 0
						&& years.remainder(HALF).signum() == 0) {
					return years.setScale(1);
				}
			}
			catch (NumberFormatException ex) {
				// reported below like any other out-of-range value
			}
			reject(SCHOOLING_LENGTH, "registry.row.schoolingLength");
			return null;
		}

		LocalDate date(RegistryColumn column, boolean monthAllowed) {
			String value = cell(column, false);
			if (missing(column, value)) {
				return null;
			}
			LocalDate date = RegistryDates.parse(value, monthAllowed);
			if (date == null) {
				reject(column, monthAllowed ? "registry.row.monthOrDate" : "registry.row.date");
			}
			return date;
		}
	}

	/** Tables whose codes have two digits; a leading zero lost to a spreadsheet is put back. */
	private static boolean twoDigitTable(CodeTable table) {
		return table == CodeTable.EDUCATION_LEVEL || table == CodeTable.ETHNICITY
				|| table == CodeTable.POLITICAL_STATUS;
	}
}
