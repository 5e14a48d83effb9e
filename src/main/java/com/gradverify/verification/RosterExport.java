package com.gradverify.verification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.shared.tabular.TableSink;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 毕业生资格审查名册 for the provincial education department: every graduate whose 实名认证 the
 * school approved, with the verified form's values in the national column layout. Rows are read
 * through a server-side cursor (fetch size, inside a transaction, as PostgreSQL's driver needs)
 * and written as they arrive, so memory stays flat whatever the school's size. The export is in
 * the audit trail before the first row leaves, since the file carries personal data.
 */
@Service
public class RosterExport {

	static final int FETCH_SIZE = 1_000;

	private static final String[] HEADERS = java.util.Arrays.stream(RosterColumn.values())
		.map(c -> c.header)
		.toArray(String[]::new);

	private final NamedParameterJdbcTemplate jdbc;

	private final ReferenceData reference;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	RosterExport(DataSource dataSource, ReferenceData reference, AuditTrail audit,
			PlatformTransactionManager transactions) {
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.reference = reference;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The column headers in order, as the file's first row has them. */
	public static java.util.List<String> headers() {
		return java.util.List.of(HEADERS);
	}

	/**
	 * Writes the roster to {@code out} (which stays open) and returns the number of graduates in it.
	 * @param actor the username the audit trail names
	 */
	public long export(RosterFilter filter, TableFormat format, OutputStream out, String actor) {
		var params = new MapSqlParameterSource();
		String where = where(filter, params);
		long count = transaction.execute(status -> {
			Long rows = jdbc.queryForObject("select count(*) from verification_application" + where, params,
					Long.class);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("format", format.name());
			details.put("rows", rows);
			if (filter.graduationYear() != null) {
				details.put("graduationYear", filter.graduationYear());
			}
			if (filter.collegeId() != null) {
				details.put("collegeId", filter.collegeId());
			}
			if (filter.majorCode() != null) {
				details.put("majorCode", filter.majorCode());
			}
			audit.record(actor, "export.roster", "export", "roster", details);
			return rows;
		});
		transaction.executeWithoutResult(status -> write(where, params, format, out));
		return count;
	}

	private void write(String where, MapSqlParameterSource params, TableFormat format, OutputStream out) {
		try (TableSink sink = TableSink.open(format, out, "毕业生资格审查名册")) {
			sink.header(HEADERS);
			jdbc.query("select * from verification_application" + where + " order by college_name, major_code, student_no",
					params, (ResultSet row) -> {
						try {
							sink.row(values(row, reference));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String where(RosterFilter filter, MapSqlParameterSource params) {
		var where = new StringBuilder(" where status = 'APPROVED'");
		if (filter.graduationYear() != null) {
			where.append(" and graduation_year = :year");
			params.addValue("year", filter.graduationYear());
		}
		if (filter.collegeId() != null) {
			where.append(" and college_id = :college");
			params.addValue("college", filter.collegeId());
		}
		if (filter.majorCode() != null) {
			where.append(" and major_code = :major");
			params.addValue("major", filter.majorCode());
		}
		return where.toString();
	}

	/** One graduate's cells; {@code select *} keeps the list of columns in {@link RosterColumn} alone. */
	private static String[] values(ResultSet row, ReferenceData reference) throws SQLException {
		RosterColumn[] columns = RosterColumn.values();
		String[] values = new String[columns.length];
		for (int i = 0; i < columns.length; i++) {
			values[i] = columns[i].value(row, reference);
		}
		return values;
	}
}
