package com.gradverify.verification;

import java.util.List;
import java.util.Map;

import com.gradverify.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each college's graduates are with 实名认证, for the school's progress dashboard. Students
 * are counted by their account's college; {@code unbound} counts those with no application bound
 * to a registry record (none yet, or filled in by hand), the other counts are application states.
 */
@Service
public class VerificationProgress {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	VerificationProgress(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Exports of personal-data-free counts are still audited: every export is. */
	@Transactional
	public void recordExport(String actor, Map<String, ?> details) {
		audit.record(actor, "verification.progress.exported", "verification-progress", "all", details);
	}

	/** Every 届 together. */
	@Transactional(readOnly = true)
	public List<CollegeProgress> byCollege() {
		return byCollege(null);
	}

	/** The graduates of one 届 ({@code graduationYear} null: every 届). */
	@Transactional(readOnly = true)
	public List<CollegeProgress> byCollege(Integer graduationYear) {
		return jdbc.sql("""
				select a.college_id, c.name as college_name, count(*) as students,
				       count(*) filter (where v.registry_record_id is null) as unbound,
				       count(*) filter (where v.status = 'DRAFT') as draft,
				       count(*) filter (where v.status = 'SUBMITTED') as waiting_college,
				       count(*) filter (where v.status = 'COLLEGE_APPROVED') as waiting_school,
				       count(*) filter (where v.status = 'REJECTED') as rejected,
				       count(*) filter (where v.status = 'APPROVED') as approved
				from account a
				left join verification_application v on v.account_id = a.id
				left join college c on c.id = a.college_id
				where a.role = 'STUDENT' and (cast(:year as int) is null or a.graduation_year = :year)
				group by a.college_id, c.name
				order by c.name nulls last""")
			.param("year", graduationYear)
			.query((rs, n) -> new CollegeProgress((Long) rs.getObject("college_id"), rs.getString("college_name"),
					rs.getLong("students"), rs.getLong("unbound"), rs.getLong("draft"), rs.getLong("waiting_college"),
					rs.getLong("waiting_school"), rs.getLong("rejected"), rs.getLong("approved")))
			.list();
	}

	/** One college's counts; {@code collegeId} and {@code collegeName} are null for students without a college. */
	public record CollegeProgress(Long collegeId, String collegeName, long students, long unbound, long draft,
			long waitingForCollege, long waitingForSchool, long rejected, long approved) {

		/** A count as a percentage of the college's students, for the bar widths. */
		public long percentOf(long count) {
			return students == 0 ? 0 : Math.round(100.0 * count / students);
		}
	}
}
