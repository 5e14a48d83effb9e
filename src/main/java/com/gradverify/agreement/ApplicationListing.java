package com.gradverify.agreement;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.gradverify.review.QueueItem;
import com.gradverify.review.QueuePage;
import com.gradverify.review.QueueQuery;
import com.gradverify.review.ReviewLevel;
import com.gradverify.shared.PersonalData;
import com.gradverify.verification.Applicant;
import com.gradverify.verification.Applicants;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Review queues of 协议 and 违约 applications (same columns, different table) with the applicant's
 * identity from their approved 实名认证 form, which every applicant has (the gate let them in).
 * These applications are always bound and have no comparison marks: the 不匹配 / unbound filters
 * select nothing when they ask for marks.
 */
@Component
class ApplicationListing {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final NamedParameterJdbcTemplate jdbc;

	private final Applicants applicants;

	ApplicationListing(NamedParameterJdbcTemplate jdbc, Applicants applicants) {
		this.jdbc = jdbc;
		this.applicants = applicants;
	}

	/** @param table {@code agreement_application} or {@code breach_application}: a constant, never input */
	QueuePage queue(String kind, String table, QueueQuery query) {
		var where = new StringBuilder(" where ").append(stateCondition(query));
		var params = new MapSqlParameterSource();
		if (query.graduationYear() != null) {
			where.append(" and a.graduation_year = :year");
			params.addValue("year", query.graduationYear());
		}
		if (query.collegeId() != null) {
			where.append(" and a.college_id = :college");
			params.addValue("college", query.collegeId());
		}
		if (Boolean.TRUE.equals(query.hasMismatches()) || Boolean.TRUE.equals(query.unbound())) {
			where.append(" and false");
		}
		if (query.submittedFrom() != null) {
			where.append(" and a.submitted_at >= :from");
			params.addValue("from", startOf(query.submittedFrom()));
		}
		if (query.submittedTo() != null) {
			where.append(" and a.submitted_at < :to");
			params.addValue("to", startOf(query.submittedTo().plusDays(1)));
		}
		// 学号 / 姓名, 专业 and 班级 are the applicant's, on their 实名认证 form
		if (!blank(query.search()) || !blank(query.majorCode()) || !blank(query.className())) {
			where.append(" and a.account_id = any(:accounts)");
			params.addValue("accounts", applicants.accountsMatching(query.search(), query.majorCode(), query.className())
				.toArray(Long[]::new));
		}
		String from = " from " + table + " a";
		Long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
		params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		record Row(long id, long accountId, String status, Timestamp submittedAt, long version) {
		}
		List<Row> rows = jdbc.query("select a.id, a.account_id, a.status, a.submitted_at, a.version" + from + where
				+ " order by a.submitted_at nulls last, a.id limit :limit offset :offset", params,
				(rs, n) -> new Row(rs.getLong("id"), rs.getLong("account_id"), rs.getString("status"),
						rs.getTimestamp("submitted_at"), rs.getLong("version")));
		Map<Long, Applicant> byAccount = applicants.byAccount(rows.stream().map(Row::accountId).toList());
		List<QueueItem> items = rows.stream().map(row -> {
			// every applicant passed the verified gate, so their 实名认证 application exists
			Applicant applicant = Objects.requireNonNull(byAccount.get(row.accountId()),
					() -> "no 实名认证 application for account " + row.accountId());
			return new QueueItem(kind, row.id(), applicant.studentNo(), applicant.name(),
					PersonalData.maskIdCard(applicant.idCard()), applicant.collegeName(), applicant.majorName(),
					applicant.className(), row.status(), 0, 0, true,
					row.submittedAt() == null ? null : row.submittedAt().toInstant(), row.version());
		}).toList();
		return new QueuePage(items, total == null ? 0 : total, query.page(), query.size());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static String stateCondition(QueueQuery query) {
		String waiting = query.level() == ReviewLevel.COLLEGE ? "'SUBMITTED'" : "'COLLEGE_APPROVED'";
		String decided = query.level() == ReviewLevel.COLLEGE
				? "('COLLEGE_APPROVED', 'APPROVED', 'REJECTED', 'TERMINATED')" : "('APPROVED', 'REJECTED', 'TERMINATED')";
		return switch (query.state()) {
			case WAITING -> "a.status = " + waiting;
			case DECIDED -> "a.status in " + decided;
			case ALL -> "a.status <> 'DRAFT'";
		};
	}

	/** @param table {@code agreement_application} or {@code breach_application}: a constant, never input */
	Set<Integer> yearsWaitingForReview(String table) {
		return Set.copyOf(jdbc.queryForList("select distinct graduation_year from " + table
				+ " where status in ('SUBMITTED', 'COLLEGE_APPROVED')", new MapSqlParameterSource(), Integer.class));
	}

	/** Who applied, as their approved 实名认证 form says. */
	Optional<Applicant> applicant(long accountId) {
		return applicants.ofAccount(accountId);
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(CHINA).toInstant());
	}
}
