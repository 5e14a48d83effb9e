package com.gradverify.amendment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.shared.tabular.TableSink;
import com.gradverify.verification.KeyField;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list of approved 异动 corrections that goes to the province beside the roster: one row per
 * corrected field with the registry's old value, the new one, how many evidence files backed it,
 * who approved it and when. Streamed through a cursor like the roster, and audited before the
 * first row leaves.
 */
@Service
public class ApprovedCorrectionsExport {

	/** Each coded value beside its name (民族 01 汉族, 生源地 with its written name), so that people can read the list. */
	private static final String[] HEADERS = { "学号", "姓名", "身份证号", "院系", "更正字段", "原值", "原值名称", "更正值", "更正值名称",
			"佐证材料数", "审核人", "审核日期" };

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Shanghai"));

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final ReferenceData reference;

	ApprovedCorrectionsExport(DataSource dataSource, MessageSource messages, AuditTrail audit,
			PlatformTransactionManager transactions, ReferenceData reference) {
		this.reference = reference;
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(1_000);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.messages = messages;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	public static java.util.List<String> headers() {
		return java.util.List.of(HEADERS);
	}

	/** Writes the list (of one college's graduates when {@code collegeId} is set) and returns its row count. */
	public long export(Long collegeId, TableFormat format, OutputStream out, String actor) {
		return export(collegeId, null, format, out, actor);
	}

	/**
	 * Writes the list of one 届's corrections ({@code graduationYear} null: every 届), of one college's
	 * graduates when {@code collegeId} is set, and returns its row count.
	 */
	public long export(Long collegeId, Integer graduationYear, TableFormat format, OutputStream out, String actor) {
		var params = new MapSqlParameterSource();
		String where = " where r.status = 'APPROVED'";
		if (graduationYear != null) {
			where += " and r.graduation_year = :year";
			params.addValue("year", graduationYear);
		}
		if (collegeId != null) {
			where += " and v.college_id = :college";
			params.addValue("college", collegeId);
		}
		// begins with a line break so that it can follow "select count(*)" and the select list alike
		String from = """

				from amendment_request r
				join amendment_field f on f.request_id = r.id
				join verification_application v on v.id = r.application_id
				left join account a on a.username = r.decided_by""";
		String filter = where;
		long count = transaction.execute(status -> {
			Long rows = jdbc.queryForObject("select count(*)" + from + filter, params, Long.class);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("format", format.name());
			details.put("rows", rows);
			if (collegeId != null) {
				details.put("collegeId", collegeId);
			}
			if (graduationYear != null) {
				details.put("graduationYear", graduationYear);
			}
			audit.record(actor, "export.corrections", "export", "corrections", details);
			return rows;
		});
		transaction.executeWithoutResult(status -> {
			try (TableSink sink = TableSink.open(format, out, "异动更正清单")) {
				sink.header(HEADERS);
				jdbc.query("""
						select v.student_no, v.name, v.id_card, v.college_name, f.field, f.registry_value, f.claimed_value,
						       (select count(*) from amendment_field_evidence e where e.field_id = f.id) as evidence_count,
						       coalesce(a.display_name, r.decided_by) as approver, r.decided_at""" + from + filter
						+ " order by r.decided_at, r.id, f.id", params, (ResultSet row) -> {
							try {
								sink.row(row(row));
							}
							catch (IOException ex) {
								throw new UncheckedIOException(ex);
							}
						});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return count;
	}

	private String[] row(ResultSet row) throws SQLException {
		KeyField field = keyField(row.getString("field"));
		String registryValue = row.getString("registry_value");
		String claimedValue = row.getString("claimed_value");
		return new String[] { row.getString("student_no"), row.getString("name"), row.getString("id_card"),
				row.getString("college_name"), label(field, row.getString("field")), registryValue,
				name(field, registryValue), claimedValue, name(field, claimedValue),
				Long.toString(row.getLong("evidence_count")), row.getString("approver"),
				DAY.format(row.getTimestamp("decided_at").toInstant()) };
	}

	private static KeyField keyField(String field) {
		try {
			return KeyField.valueOf(field);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The field as the verification form labels it (民族, 生源地 …). */
	private String label(KeyField field, String stored) {
		return field == null ? stored
				: messages.getMessage("field." + field.property(), null, stored, Locale.SIMPLIFIED_CHINESE);
	}

	/** The value's name (汉族, 湖南省岳阳县, 北京市密云县), empty for values that are not codes. */
	private String name(KeyField field, String value) {
		return field == null ? "" : field.nameOf(value, reference).orElse("");
	}
}
