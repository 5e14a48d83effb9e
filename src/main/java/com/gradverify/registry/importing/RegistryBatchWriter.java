package com.gradverify.registry.importing;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.gradverify.registry.RegistryRecordsReimported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one batch of valid rows: COPY into a staging table, reject rows whose 学号 belongs to
 * another person of the year, keep the old values of the records about to change, then one
 * upsert that only touches records whose values differ, announcing the records it changed
 * ({@link RegistryRecordsReimported}) in the same transaction. The colleges, majors and student
 * accounts of the stored rows follow in {@link GraduateProvisioning}.
 */
@Component
class RegistryBatchWriter {

	private static final String DATA_COLUMNS = StagingCopy.COLUMNS.replace("id_card, ", "");

	private static final String UPDATE_SET = columns().stream()
		.map(c -> c + " = excluded." + c)
		.collect(Collectors.joining(", "));

	private static final String CHANGED_WHERE = changed("registry_record", "excluded");

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RegistryBatchWriter(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Whether the year has no record yet, so that an import of it can take the all-new fast path. */
	@Transactional(readOnly = true)
	boolean isNewYear(int graduationYear) {
		return !jdbc.sql("select exists (select 1 from registry_record where graduation_year = :year)")
			.param("year", graduationYear)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Brings the planner's statistics of {@code registry_record} up to date before a staged import,
	 * whose statements probe the year's records row by row. Right after a first import of a year,
	 * before autovacuum has analysed it, the planner takes the table for nearly empty, where either
	 * per-year index looks as good: probing by {@code student_no} for an {@code id_card} scans the
	 * whole year for every staged row (seen: 26 minutes for the first batch of a re-import).
	 */
	void refreshStatistics() {
		jdbc.sql("analyze registry_record").update();
	}

	/**
	 * Stores a batch; {@code newYear} (the year had no record when the import started, and only one
	 * import runs at a time) lets the rows go straight into {@code registry_record}, since none of
	 * them can exist already.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	BatchOutcome write(UUID importId, int graduationYear, ValidRows rows, boolean newYear) {
		if (rows.size() == 0) {
			return new BatchOutcome(0, 0, 0, List.of(), List.of());
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (newYear) {
				StagingCopy.intoRecords(connection, graduationYear, rows);
				return new BatchOutcome(rows.size(), 0, 0, List.of(), rows.graduates());
			}
			StagingCopy.intoStaging(connection, rows);
			return upsertStaged(importId, graduationYear, rows.graduates());
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY of a registry batch failed", ex);
		}
	}

	private BatchOutcome upsertStaged(UUID importId, int graduationYear, List<Graduate> rows) {
		List<RowProblem> rejected = rejectStudentNosOfOthers(graduationYear);
		keepHistory(importId, graduationYear);
		Upserted upserted = upsert(graduationYear);
		int inserted = upserted.inserted();
		int updated = upserted.updatedIds().size();
		if (updated > 0) {
			events.publishEvent(new RegistryRecordsReimported(upserted.updatedIds()));
		}
		return new BatchOutcome(inserted, updated, rows.size() - rejected.size() - inserted - updated, rejected,
				withoutRejected(rows, rejected));
	}

	/*
	 * The lateral subqueries with "offset 0" make PostgreSQL probe the per-year indexes row by row:
	 * statistics of a table growing during the import lag behind, and a planner that believes the
	 * year nearly empty would hash all its records for every batch instead.
	 */
	private List<RowProblem> rejectStudentNosOfOthers(int graduationYear) {
		List<RowProblem> problems = jdbc.sql("""
				select s.row_no, s.student_no from registry_staging s
				cross join lateral (select r.id_card from registry_record r
				  where r.graduation_year = :year and r.student_no = s.student_no offset 0) r
				where r.id_card <> s.id_card""")
			.param("year", graduationYear)
			.query((rs, n) -> RowProblem.of(rs.getInt(1), RegistryColumn.STUDENT_NO, rs.getString(2),
					"registry.row.studentNoTaken"))
			.list();
		if (!problems.isEmpty()) {
			jdbc.sql("delete from registry_staging where row_no in (:rows)")
				.param("rows", problems.stream().map(RowProblem::rowNo).toList())
				.update();
		}
		return problems;
	}

	private void keepHistory(UUID importId, int graduationYear) {
		jdbc.sql("""
				insert into registry_record_history (record_id, import_id, old_values)
				select r.id, :importId, to_jsonb(r) - 'id' - 'created_at'
				from registry_staging s
				cross join lateral (select * from registry_record r
				  where r.graduation_year = :year and r.id_card = s.id_card offset 0) r
				where %s""".formatted(changed("r", "s")))
			.param("importId", importId)
			.param("year", graduationYear)
			.update();
	}

	/** How many rows were inserted, and the ids of the records updated; unchanged rows are neither. */
	private Upserted upsert(int graduationYear) {
		return jdbc.sql("""
				with upserted as (
				  insert into registry_record (graduation_year, id_card, %1$s)
				  select :year, id_card, %1$s from registry_staging
				  on conflict (graduation_year, id_card) do update set %2$s, updated_at = now()
				  where %3$s
				  returning id, (xmax = 0) as inserted)
				select count(*) filter (where inserted), array_agg(id) filter (where not inserted) from upserted"""
			.formatted(DATA_COLUMNS, UPDATE_SET, CHANGED_WHERE))
			.param("year", graduationYear)
			.query((rs, n) -> new Upserted(rs.getInt(1), ids(rs.getArray(2))))
			.single();
	}

	private static List<Long> ids(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	private record Upserted(int inserted, List<Long> updatedIds) {
	}

	private static List<Graduate> withoutRejected(List<Graduate> rows, List<RowProblem> rejected) {
		if (rejected.isEmpty()) {
			return rows;
		}
		Set<Integer> rejectedRows = rejected.stream().map(RowProblem::rowNo).collect(Collectors.toSet());
		List<Graduate> kept = new ArrayList<>(rows.size());
		for (Graduate row : rows) {
			if (!rejectedRows.contains(row.rowNo())) {
				kept.add(row);
			}
		}
		return kept;
	}

	private static List<String> columns() {
		return List.of(DATA_COLUMNS.split(",\\s*"));
	}

	/** A condition true when the data columns of the two aliases differ (nulls compare equal). */
	private static String changed(String current, String incoming) {
		return "(" + prefixed(current) + ") is distinct from (" + prefixed(incoming) + ")";
	}

	private static String prefixed(String alias) {
		return columns().stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
	}

	/** What one batch did; {@code stored} are the rows now in the registry, unchanged ones included. */
	record BatchOutcome(int inserted, int updated, int unchanged, List<RowProblem> rejected, List<Graduate> stored) {
	}
}
