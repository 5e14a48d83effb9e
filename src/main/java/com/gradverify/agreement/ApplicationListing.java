package com.gradverify.agreement;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.gradverify.review.QueueItem;
import com.gradverify.review.QueuePage;
import com.gradverify.review.QueueQuery;
import com.gradverify.review.ReviewLevel;
import com.gradverify.shared.PersonalData;

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

	ApplicationListing(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		if (query.majorCode() != null && !query.majorCode().isBlank()) {
			where.append(" and v.major_code = :major");
			params.addValue("major", query.majorCode().strip());
		}
		if (query.className() != null && !query.className().isBlank()) {
			where.append(" and v.class_name = :className");
			params.addValue("className", query.className().strip());
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
		if (query.search() != null && !query.search().isBlank()) {
			where.append(" and (v.student_no = :search or v.name like :namePattern)");
			params.addValue("search", query.search().strip());
			params.addValue("namePattern", "%" + query.search().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String from = " from " + table + " a join verification_application v on v.account_id = a.account_id";
		Long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
		params.addValue("limit", query.size()).addValue("offset", (long) query.page() * query.size());
		List<QueueItem> items = jdbc.query("""
				select a.id, v.student_no, v.name, v.id_card, v.college_name, v.major_name, v.class_name, a.status,
				       a.submitted_at, a.version""" + from + where
				+ " order by a.submitted_at nulls last, a.id limit :limit offset :offset",
				params,
				(rs, n) -> new QueueItem(kind, rs.getLong("id"), rs.getString("student_no"), rs.getString("name"),
						PersonalData.maskIdCard(rs.getString("id_card")), rs.getString("college_name"),
						rs.getString("major_name"), rs.getString("class_name"), rs.getString("status"), 0, 0, true,
						rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
						rs.getLong("version")));
		return new QueuePage(items, total == null ? 0 : total, query.page(), query.size());
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
		return jdbc.query("""
				select student_no, name, id_card, college_name, major_name, class_name, mobile
				from verification_application where account_id = :account""",
				new MapSqlParameterSource("account", accountId),
				(rs, n) -> new Applicant(rs.getString("student_no"), rs.getString("name"), rs.getString("id_card"),
						rs.getString("college_name"), rs.getString("major_name"), rs.getString("class_name"),
						rs.getString("mobile")))
			.stream()
			.findFirst();
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(CHINA).toInstant());
	}

	/** The applicant's identity on the reviewer's detail page. */
	public record Applicant(String studentNo, String name, String idCard, String collegeName, String majorName,
			String className, String mobile) {
	}
}
