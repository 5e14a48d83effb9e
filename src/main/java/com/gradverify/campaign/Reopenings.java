package com.gradverify.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopening one student's 实名认证 after their deadline, until a time: for the latest campaign of the
 * student's 届 that has opened. A college reviewer reopens only their college's students (another
 * college's 学号 is answered as unknown, like one that does not exist); school reviewers and
 * administrators any. Every grant is audited on the student's account.
 */
@Service
class Reopenings {

	static final int REASON_MAX = 200;

	private final JdbcClient jdbc;

	private final AccountLookup accounts;

	private final AuditTrail audit;

	private final CollectionWindows windows;

	Reopenings(JdbcClient jdbc, AccountLookup accounts, AuditTrail audit, CollectionWindows windows) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.windows = windows;
	}

	@Transactional
	Granted reopen(SignedInAccount staff, String studentNo, Instant until, String reason) {
		List<Violation> violations = new ArrayList<>();
		String number = studentNo == null ? "" : studentNo.strip();
		SignedInAccount student = number.isEmpty() ? null
				: accounts.byUsername(number).filter(a -> a.is(Role.STUDENT)).filter(a -> inScope(staff, a.collegeId()))
					.orElse(null);
		if (number.isEmpty()) {
			violations.add(new Violation("studentNo", "campaign.reopen.studentNo.required"));
		}
		else if (student == null) {
			violations.add(new Violation("studentNo", "campaign.reopen.studentNo.unknown"));
		}
		if (until == null) {
			violations.add(new Violation("until", "campaign.reopen.until.required"));
		}
		else if (!until.isAfter(Instant.now())) {
			violations.add(new Violation("until", "campaign.reopen.until.notFuture"));
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			violations.add(new Violation("reason", "campaign.reopen.reason.required"));
		}
		else if (why.length() > REASON_MAX) {
			violations.add(new Violation("reason", "campaign.reopen.reason.tooLong", REASON_MAX));
		}
		Long campaignId = student == null ? null
				: jdbc.sql("""
						select id from campaign where graduation_year = :year and opens_at <= now()
						order by opens_at desc limit 1""")
					.param("year", student.graduationYear())
					.query(Long.class)
					.optional()
					.orElse(null);
		if (student != null && campaignId == null) {
			violations.add(new Violation("studentNo", "campaign.reopen.noCampaign"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		jdbc.sql("""
				insert into campaign_reopening (campaign_id, account_id, student_no, student_name, college_id, until,
				    reason, granted_by)
				values (:campaign, :account, :studentNo, :name, :college, :until, :reason, :staff)
				on conflict (campaign_id, account_id) do update set until = excluded.until, reason = excluded.reason,
				    granted_by = excluded.granted_by, granted_at = now(), college_id = excluded.college_id""")
			.param("campaign", campaignId)
			.param("account", student.id())
			.param("studentNo", student.username())
			.param("name", student.displayName())
			.param("college", student.collegeId(), java.sql.Types.BIGINT)
			.param("until", java.sql.Timestamp.from(until))
			.param("reason", why)
			.param("staff", staff.username())
			.update();
		audit.record(staff.username(), "campaign.reopened", "account", Long.toString(student.id()),
				Map.of("campaignId", campaignId, "until", until.toString(), "reason", why));
		windows.evict(student.graduationYear());
		return new Granted(student.username(), student.displayName(), until);
	}

	/** The reopenings in the staff member's scope, latest grant first. */
	@Transactional(readOnly = true)
	List<Reopening> inScopeOf(SignedInAccount staff) {
		return jdbc.sql("""
				select r.student_no, r.student_name, c.graduation_year, r.until, r.reason, r.granted_by, r.granted_at
				from campaign_reopening r join campaign c on c.id = r.campaign_id
				where :college::bigint is null or r.college_id = :college
				order by r.granted_at desc limit 500""")
			.param("college", staff.is(Role.COLLEGE_REVIEWER) ? staff.collegeId() : null, java.sql.Types.BIGINT)
			.query(Reopening.class)
			.list();
	}

	private static boolean inScope(SignedInAccount staff, Long studentCollege) {
		return !staff.is(Role.COLLEGE_REVIEWER) || (studentCollege != null && studentCollege.equals(staff.collegeId()));
	}

	record Granted(String studentNo, String name, Instant until) {

		public String untilText() {
			return CollectionWindow.TIME.format(until);
		}
	}

	/** One reopening as the list shows it. */
	record Reopening(String studentNo, String studentName, int graduationYear, Instant until, String reason,
			String grantedBy, Instant grantedAt) {

		public String untilText() {
			return CollectionWindow.TIME.format(until);
		}

		public String grantedAtText() {
			return CollectionWindow.TIME.format(grantedAt);
		}
	}
}
