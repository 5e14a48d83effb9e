package com.gradverify.registry.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.ToIntFunction;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes a batch of rows with PostgreSQL COPY, the fastest way in: into the session's temporary
 * staging table (emptied at every commit, so each batch starts clean), or, for a year that has no
 * record yet, straight into {@code registry_record}.
 */
final class StagingCopy {

	/** The data columns, in the order {@link ValidRows} writes them on each line. */
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
			    major_code varchar(8), major_name varchar(100), training_mode_code varchar(1),
			    sponsor_unit varchar(200), origin_place_code varchar(6), schooling_length numeric(3, 1),
			    enrolment_date date, class_name varchar(100), birth_date date, normal_student_code varchar(2),
			    difficulty_code varchar(1), urban_rural_code varchar(1)
			) on commit delete rows""";

	private StagingCopy() {
	}

	static void intoStaging(Connection connection, ValidRows rows) throws SQLException, IOException {
		try (var statement = connection.createStatement()) {
			statement.execute("set local client_min_messages = warning");
			statement.execute(CREATE);
		}
		copy(connection, "copy registry_staging (row_no, " + COLUMNS + ") from stdin", rows, Graduate::rowNo);
	}

	/**
	 * For a year without any record, where every valid row is new: the file's own duplicates are
	 * rejected before, and a conflict with a concurrent writer fails the batch as a whole.
	 */
	static void intoRecords(Connection connection, int graduationYear, ValidRows rows)
			throws SQLException, IOException {
		copy(connection, "copy registry_record (graduation_year, " + COLUMNS + ") from stdin", rows,
				row -> graduationYear);
	}

	private static void copy(Connection connection, String sql, ValidRows rows, ToIntFunction<Graduate> firstColumn)
			throws SQLException, IOException {
		try (var out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 64 * 1024)) {
			rows.writeTo(out, firstColumn);
		}
	}
}
