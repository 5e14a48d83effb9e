package com.gradverify.registry.importing;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import com.gradverify.reference.SchoolCatalog.Registered;
import com.gradverify.registry.importing.ImportStatus.CreatedCollege;
import com.gradverify.registry.importing.ImportStatus.CreatedMajor;
import com.gradverify.registry.importing.ImportStatus.ProblemGroup;
import com.gradverify.shared.ConflictException;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The import jobs ({@code registry_import}), their per-row reports ({@code registry_import_error})
 * and what they added to the catalogue ({@code registry_import_created}).
 */
@Repository
class ImportRepository {

	private static final Locale CHINESE = Locale.CHINA;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final MessageSource messages;

	ImportRepository(JdbcClient jdbc, JdbcTemplate template, MessageSource messages) {
		this.jdbc = jdbc;
		this.template = template;
		this.messages = messages;
	}

	/**
	 * Records a RUNNING import; refused with {@link ConflictException} while another import of the
	 * year is RUNNING on any node (the partial unique index of migration V40_1).
	 */
	void create(UUID id, int graduationYear, String fileName, String startedBy) {
		try {
			jdbc.sql("""
					insert into registry_import (id, graduation_year, file_name, status, started_by)
					values (:id, :year, :file, 'RUNNING', :by)""")
				.param("id", id)
				.param("year", graduationYear)
				.param("file", fileName)
				.param("by", startedBy)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("registry.import.yearRunning");
		}
	}

	void delete(UUID id) {
		jdbc.sql("delete from registry_import where id = :id").param("id", id).update();
	}

	void setTotal(UUID id, int total) {
		jdbc.sql("update registry_import set total = :total where id = :id")
			.param("id", id)
			.param("total", total)
			.update();
	}

	/** Adds a batch's counts and problems; {@code total} grows if the estimate was low. */
	void recordBatch(UUID id, int processed, int inserted, int updated, int unchanged, int rejected,
			List<RowProblem> problems) {
		jdbc.sql("""
				update registry_import set processed = :processed, total = greatest(total, :processed), heartbeat_at = now(),
				  inserted = inserted + :inserted, updated = updated + :updated,
				  unchanged = unchanged + :unchanged, rejected = rejected + :rejected
				where id = :id""")
			.param("id", id)
			.param("processed", processed)
			.param("inserted", inserted)
			.param("updated", updated)
			.param("unchanged", unchanged)
			.param("rejected", rejected)
			.update();
		if (!problems.isEmpty()) {
			template.batchUpdate("""
					insert into registry_import_error (import_id, row_no, column_name, value, reason)
					values (?, ?, ?, ?, ?)""", problems, 1000, (ps, problem) -> {
				ps.setObject(1, id);
				ps.setInt(2, problem.rowNo());
				ps.setString(3, problem.column());
				ps.setString(4, problem.value());
				ps.setString(5, reason(problem));
			});
		}
	}

	void finish(UUID id, int total) {
		jdbc.sql("""
				update registry_import set status = 'DONE', total = :total, processed = :total, finished_at = now()
				where id = :id""")
			.param("id", id)
			.param("total", total)
			.update();
	}

	/** Marks the job FAILED with the reason's text, unless it has already ended. */
	void fail(UUID id, String reasonCode) {
		jdbc.sql("""
				update registry_import set status = 'FAILED', failure_reason = :reason, finished_at = now()
				where id = :id and status = 'RUNNING'""")
			.param("id", id)
			.param("reason", messages.getMessage(reasonCode, null, reasonCode, CHINESE))
			.update();
	}

	/** Tells other instances that these jobs are still at work. */
	void heartbeat(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("update registry_import set heartbeat_at = now() where status = 'RUNNING' and id in (:ids)")
				.param("ids", ids)
				.update();
		}
	}

	/**
	 * Jobs left RUNNING without a heartbeat for {@code staleAfter} can never finish (their instance
	 * stopped, or lost the database and could not record the failure): they are marked FAILED.
	 */
	int failStale(Duration staleAfter) {
		return jdbc.sql("""
				update registry_import set status = 'FAILED', failure_reason = :reason, finished_at = now()
				where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => :seconds)""")
			.param("reason", messages.getMessage("registry.import.interrupted", null, CHINESE))
			.param("seconds", staleAfter.toMillis() / 1000.0)
			.update();
	}

	/**
	 * The job with its report: the first {@code errorLimit} errors and, once it has ended, their
	 * groups and what it added to the catalogue ({@code hasReviewer} tells, by name, which of its
	 * colleges have a reviewer).
	 */
	Optional<ImportStatus> status(UUID id, int errorLimit, Predicate<String> hasReviewer) {
		return jdbc.sql("select * from registry_import where id = :id")
			.param("id", id)
			.query((rs, n) -> {
				boolean ended = !"RUNNING".equals(rs.getString("status"));
				return status(rs, errorCount(id), errors(id, errorLimit), ended ? problemGroups(id) : List.of(),
						ended ? createdColleges(id, hasReviewer) : List.of(), ended ? createdMajors(id) : List.of());
			})
			.optional();
	}

	/** The job's state and counts, without its report. */
	Optional<ImportStatus> counts(UUID id) {
		return jdbc.sql("select * from registry_import where id = :id")
			.param("id", id)
			.query((rs, n) -> status(rs, 0, List.of(), List.of(), List.of(), List.of()))
			.optional();
	}

	/** The latest imports, of one 届 unless {@code graduationYear} is null. */
	List<ImportStatus> recent(int limit, Integer graduationYear) {
		return jdbc.sql("""
				select * from registry_import where cast(:year as int) is null or graduation_year = :year
				order by started_at desc limit :limit""")
			.param("year", graduationYear)
			.param("limit", limit)
			.query((rs, n) -> status(rs, 0, List.of(), List.of(), List.of(), List.of()))
			.list();
	}

	/** Records the colleges and majors a batch of the import added to the catalogue. */
	void recordCreated(UUID id, Registered registered) {
		List<Object[]> rows = new ArrayList<>();
		registered.colleges().forEach(name -> rows.add(new Object[] { id, "COLLEGE", null, name }));
		registered.majors().forEach(major -> rows.add(new Object[] { id, "MAJOR", major.code(), major.name() }));
		if (!rows.isEmpty()) {
			template.batchUpdate("insert into registry_import_created (import_id, kind, code, name) values (?, ?, ?, ?)",
					rows);
		}
	}

	/** All the errors of an import as CSV (UTF-8 with BOM so that Excel opens it right). */
	void writeErrorsCsv(UUID id, Writer out) throws IOException {
		out.write('\uFEFF');
		out.write("行号,列,值,原因\r\n");
		template.query("""
				select row_no, column_name, value, reason from registry_import_error
				where import_id = ? order by row_no, id""", rs -> {
			try {
				out.write(rs.getInt(1) + "," + csv(rs.getString(2)) + "," + csv(rs.getString(3)) + ","
						+ csv(rs.getString(4)) + "\r\n");
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}, id);
	}

	/**
	 * The errors by column and reason, the most frequent first, each with its first rows: one pass
	 * over the import's errors, done only once it has ended.
	 */
	private List<ProblemGroup> problemGroups(UUID id) {
		return jdbc.sql("""
				select column_name, reason, count(*) as n,
				       array_agg(row_no order by row_no) filter (where nth <= :examples) as examples
				from (select column_name, reason, row_no,
				             row_number() over (partition by column_name, reason order by row_no) as nth
				      from registry_import_error where import_id = :id) as e
				group by column_name, reason
				order by n desc, min(row_no)""")
			.param("id", id)
			.param("examples", ImportStatus.EXAMPLE_ROWS)
			.query((rs, n) -> new ProblemGroup(rs.getString("column_name"), rs.getString("reason"), rs.getLong("n"),
					List.of((Integer[]) rs.getArray("examples").getArray())))
			.list();
	}

	private List<CreatedCollege> createdColleges(UUID id, Predicate<String> hasReviewer) {
		return jdbc.sql("select name from registry_import_created where import_id = :id and kind = 'COLLEGE' order by id")
			.param("id", id)
			.query(String.class)
			.list()
			.stream()
			.map(name -> new CreatedCollege(name, hasReviewer.test(name)))
			.toList();
	}

	private List<CreatedMajor> createdMajors(UUID id) {
		return jdbc.sql("select code, name from registry_import_created where import_id = :id and kind = 'MAJOR' order by id")
			.param("id", id)
			.query(CreatedMajor.class)
			.list();
	}

	private long errorCount(UUID id) {
		return jdbc.sql("select count(*) from registry_import_error where import_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private List<ImportError> errors(UUID id, int limit) {
		return jdbc.sql("""
				select row_no, column_name, value, reason from registry_import_error
				where import_id = :id order by row_no, id limit :limit""")
			.param("id", id)
			.param("limit", limit)
			.query((rs, n) -> new ImportError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private String reason(RowProblem problem) {
		String text = messages.getMessage(problem.reasonCode(), problem.args(), problem.reasonCode(), CHINESE);
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	private static ImportStatus status(ResultSet rs, long errorCount, List<ImportError> errors,
			List<ProblemGroup> groups, List<CreatedCollege> colleges, List<CreatedMajor> majors) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ImportStatus(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("file_name"),
				rs.getInt("graduation_year"), rs.getInt("processed"), rs.getInt("total"), rs.getInt("inserted"),
				rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("rejected"), rs.getString("failure_reason"),
				rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant(), errorCount, errors, groups, colleges, majors);
	}

	/** A CSV field, quoted when needed; a leading formula character is neutralised for Excel. */
	private static String csv(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}
}
