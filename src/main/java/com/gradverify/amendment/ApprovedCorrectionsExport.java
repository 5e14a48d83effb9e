package com.gradverify.amendment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.gradverify.account.AccountLookup;
import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.ReferenceData;
import com.gradverify.shared.tabular.TableFormat;
import com.gradverify.shared.tabular.TableSink;
import com.gradverify.verification.Applicant;
import com.gradverify.verification.Applicants;
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
 * who approved it and when. Streamed through a cursor like the roster, chunk by chunk named by the
 * verification module (the graduate) and the account module (the approver), and audited before the
 * first row leaves.
 */
@Service
public class ApprovedCorrectionsExport {

	/** Each coded value beside its name (民族 01 汉族, 生源地 with its written name), so that people can read the list. */
	private static final String[] HEADERS = { "学号", "姓名", "身份证号", "院系", "更正字段", "原值", "原值名称", "更正值", "更正值名称",
			"佐证材料数", "审核人", "审核日期" };

	/** Rows named per call to the verification and account modules: memory stays flat however long the list. */
	private static final int CHUNK = 500;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Shanghai"));

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final ReferenceData reference;

	private final Applicants applicants;

	private final AccountLookup accounts;

	ApprovedCorrectionsExport(DataSource dataSource, MessageSource messages, AuditTrail audit,
			PlatformTransactionManager transactions, ReferenceData reference, Applicants applicants,
			AccountLookup accounts) {
		this.reference = reference;
		this.applicants = applicants;
		this.accounts = accounts;
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
		// a field the school rejected in an approved request corrected nothing (null: approved as a whole before V37)
		String where = " where r.status = 'APPROVED' and f.outcome is distinct from 'REJECTED'";
		if (graduationYear != null) {
			where += " and r.graduation_year = :year";
			params.addValue("year", graduationYear);
		}
		if (collegeId != null) {
			// the college the graduate's 实名认证 application is filed under now
			where += " and r.application_id = any(:applications)";
			params.addValue("applications", applicants.applicationsOfCollege(collegeId).toArray(Long[]::new));
		}
		// begins with a line break so that it can follow "select count(*)" and the select list alike
		String from = """

				from amendment_request r
				join amendment_field f on f.request_id = r.id""";
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
				// the cursor stays open while each chunk is named in one call per module
				List<Correction> chunk = new ArrayList<>(CHUNK);
				jdbc.query("""
						select r.application_id, f.field, f.registry_value, f.claimed_value,
						       (select count(*) from amendment_field_evidence e where e.field_id = f.id) as evidence_count,
						       r.decided_by, r.decided_at""" + from + filter
						+ " order by r.decided_at, r.id, f.id", params, (ResultSet row) -> {
							chunk.add(correction(row));
							if (chunk.size() == CHUNK) {
								write(chunk, sink);
							}
						});
				write(chunk, sink);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return count;
	}

	/** Writes the chunk's rows with their graduates and approvers, and empties it. */
	private void write(List<Correction> chunk, TableSink sink) {
		if (chunk.isEmpty()) {
			return;
		}
		Map<Long, Applicant> graduates = applicants
			.byApplication(chunk.stream().map(Correction::applicationId).collect(Collectors.toSet()));
		Map<String, String> approvers = accounts
			.displayNames(chunk.stream().map(Correction::decidedBy).filter(Objects::nonNull).collect(Collectors.toSet()));
		try {
			for (Correction correction : chunk) {
				Applicant graduate = Objects.requireNonNull(graduates.get(correction.applicationId()),
						() -> "no 实名认证 application " + correction.applicationId());
				String approver = correction.decidedBy() == null ? null
						: Objects.requireNonNullElse(approvers.get(correction.decidedBy()), correction.decidedBy());
				sink.row(row(correction, graduate, approver));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		chunk.clear();
	}

	private static Correction correction(ResultSet row) throws SQLException {
		return new Correction(row.getLong("application_id"), row.getString("field"), row.getString("registry_value"),
				row.getString("claimed_value"), row.getLong("evidence_count"), row.getString("decided_by"),
				row.getTimestamp("decided_at").toInstant());
	}

	private String[] row(Correction correction, Applicant graduate, String approver) {
		KeyField field = keyField(correction.field());
		String registryValue = correction.registryValue();
		String claimedValue = correction.claimedValue();
		return new String[] { graduate.studentNo(), graduate.name(), graduate.idCard(), graduate.collegeName(),
				label(field, correction.field()), registryValue, name(field, registryValue), claimedValue,
				name(field, claimedValue), Long.toString(correction.evidenceCount()), approver,
				DAY.format(correction.decidedAt()) };
	}

	/** One corrected field of an approved request, as this module keeps it. */
	private record Correction(long applicationId, String field, String registryValue, String claimedValue,
			long evidenceCount, String decidedBy, Instant decidedAt) {
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
