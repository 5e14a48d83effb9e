package com.gradverify.verification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentPlacement;
import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.College;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far each college's graduates are with 实名认证, for the school's progress dashboard. Students
 * are counted by their account's college (both from the account module, the college names from
 * the reference module's catalog) and by their applications in this module's own table;
 * {@code unbound} counts those with no application bound to a registry record (none yet, or filled
 * in by hand), the other counts are application states.
 */
@Service
public class VerificationProgress {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final StudentAccounts accounts;

	private final SchoolCatalog catalog;

	VerificationProgress(JdbcClient jdbc, AuditTrail audit, StudentAccounts accounts, SchoolCatalog catalog) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.accounts = accounts;
		this.catalog = catalog;
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
		// the account module says who the students are and where they belong; their applications are ours
		List<StudentPlacement> students = accounts.placements(graduationYear);
		if (students.isEmpty()) {
			return List.of();
		}
		Long[] accountIds = students.stream().map(StudentPlacement::accountId).toArray(Long[]::new);
		Long[] collegeIds = students.stream().map(StudentPlacement::collegeId).toArray(Long[]::new);
		Map<Long, CollegeProgress> counts = new HashMap<>();
		jdbc.sql("""
				select s.college_id, count(*) as students,
				       count(*) filter (where v.registry_record_id is null) as unbound,
				       count(*) filter (where v.status = 'DRAFT') as draft,
				       count(*) filter (where v.status = 'SUBMITTED') as waiting_college,
				       count(*) filter (where v.status = 'COLLEGE_APPROVED') as waiting_school,
				       count(*) filter (where v.status = 'REJECTED') as rejected,
				       count(*) filter (where v.status = 'APPROVED') as approved
				from unnest(?::bigint[], ?::bigint[]) as s(account_id, college_id)
				left join verification_application v on v.account_id = s.account_id
				group by s.college_id""")
			.params(accountIds, collegeIds)
			.query((rs, n) -> new CollegeProgress((Long) rs.getObject("college_id"), null, rs.getLong("students"),
					rs.getLong("unbound"), rs.getLong("draft"), rs.getLong("waiting_college"),
					rs.getLong("waiting_school"), rs.getLong("rejected"), rs.getLong("approved")))
			.list()
			.forEach(row -> counts.put(row.collegeId(), row));
		// by college name as the catalog orders it, students without a college last
		List<CollegeProgress> rows = new ArrayList<>();
		for (College college : catalog.colleges()) {
			CollegeProgress row = counts.remove(college.id());
			if (row != null) {
				rows.add(row.named(college.name()));
			}
		}
		CollegeProgress withoutCollege = counts.remove(null);
		// a college deleted since the accounts were read has no name left, like students without one
		counts.values().forEach(row -> rows.add(row.named(null)));
		if (withoutCollege != null) {
			rows.add(withoutCollege);
		}
		return rows;
	}

	/** One college's counts; {@code collegeId} and {@code collegeName} are null for students without a college. */
	public record CollegeProgress(Long collegeId, String collegeName, long students, long unbound, long draft,
			long waitingForCollege, long waitingForSchool, long rejected, long approved) {

		CollegeProgress named(String name) {
			return new CollegeProgress(collegeId, name, students, unbound, draft, waitingForCollege, waitingForSchool,
					rejected, approved);
		}

		/** A count as a percentage of the college's students, for the bar widths. */
		public long percentOf(long count) {
			return students == 0 ? 0 : Math.round(100.0 * count / students);
		}
	}
}
