package com.gradverify.registry.importing;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.ToIntFunction;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes a batch of rows with PostgreSQL COPY, the fastest way in: into the session's temporary
 * staging table (emptied at every commit, so each batch starts clean), or, for a year that has no
 * record yet, straight into {@code registry_record}.
 */
final class StagingCopy {

	static final String COLUMNS = "id_card, name, student_no, education_code, college_name, graduation_date, "
			+ "examinee_no, gender_code, ethnic_code, political_code, major_code, major_name, training_mode_code, "
			+ "sponsor_unit, origin_place_code, schooling_length, enrolment_date, class_name, birth_date, "
			+ "normal_student_code, difficulty_code, urban_rural_code";

	private static final String CREATE = """
			create temporary table if not exists registry_staging (
			    row_no int not null,
			    id_card char(18) not null, name varchar(50) not null, student_no varchar(32) not null,
			    education_code varchar(2) not null, college_name varchar(100) not null, graduation_date date not null,
			    examinee_no varchar(14), gender_code varchar(1), ethnic_code varchar(2), political_code varchar(2),
			    major_code varchar(6), major_name varchar(100), training_mode_code varchar(1),
			    sponsor_unit varchar(200), origin_place_code varchar(6), schooling_length numeric(3, 1),
			    enrolment_date date, class_name varchar(100), birth_date date, normal_student_code varchar(2),
			    difficulty_code varchar(1), urban_rural_code varchar(1)
			) on commit delete rows""";

	private StagingCopy() {
	}

	static void intoStaging(Connection connection, List<RegistryRow> rows) throws SQLException, IOException {
		try (var statement = connection.createStatement()) {
			statement.execute("set local client_min_messages = warning");
			statement.execute(CREATE);
		}
		copy(connection, "copy registry_staging (row_no, " + COLUMNS + ") from stdin", rows, RegistryRow::rowNo);
	}

	/**
	 * For a year without any record, where every valid row is new: the file's own duplicates are
	 * rejected before, and a conflict with a concurrent writer fails the batch as a whole.
	 */
	static void intoRecords(Connection connection, int graduationYear, List<RegistryRow> rows)
			throws SQLException, IOException {
		copy(connection, "copy registry_record (graduation_year, " + COLUMNS + ") from stdin", rows,
				row -> graduationYear);
	}

	/** Streams the rows as they are written out, so that PostgreSQL parses while the rest are still formatted. */
	private static void copy(Connection connection, String sql, List<RegistryRow> rows,
			ToIntFunction<RegistryRow> firstColumn) throws SQLException, IOException {
		var stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 64 * 1024);
		try (Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
			StringBuilder text = new StringBuilder(512);
			for (RegistryRow row : rows) {
				text.setLength(0);
				text.append(firstColumn.applyAsInt(row));
				field(text, row.idCard());
				field(text, row.name());
				field(text, row.studentNo());
				field(text, row.educationCode());
				field(text, row.collegeName());
				field(text, row.graduationDate());
				field(text, row.examineeNo());
				field(text, row.genderCode());
				field(text, row.ethnicCode());
				field(text, row.politicalCode());
				field(text, row.majorCode());
				field(text, row.majorName());
				field(text, row.trainingModeCode());
				field(text, row.sponsorUnit());
				field(text, row.originPlaceCode());
				field(text, row.schoolingLength());
				field(text, row.enrolmentDate());
				field(text, row.className());
				field(text, row.birthDate());
				field(text, row.normalStudentCode());
				field(text, row.difficultyCode());
				field(text, row.urbanRuralCode());
				text.append('\n');
				out.append(text);
			}
		}
	}

	/** A tab and the value in COPY text format: {@code \N} for null, backslash escapes otherwise. */
	private static void field(StringBuilder text, Object value) {
		text.append('\t');
		if (value == null) {
			text.append("\\N");
			return;
		}
		String s = value.toString();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}
}
