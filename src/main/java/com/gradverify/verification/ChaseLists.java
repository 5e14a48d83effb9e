package com.gradverify.verification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chase lists (催办名单): the students of a 届, college, major and class in one state, for staff within
 * their scope (a college reviewer their own college, the school and administrators every college),
 * and for other modules (reminders before a deadline) by 届 and college.
 */
@Service
public class ChaseLists {

	/** Rows per page of a list; the API may ask for up to {@link #MAX_PAGE_SIZE}. */
	public static final int PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 200;

	private final ChaseRoster roster;

	private final AuditTrail audit;

	ChaseLists(ChaseRoster roster, AuditTrail audit) {
		this.roster = roster;
		this.audit = audit;
	}

	/**
	 * The account ids of the students of {@code graduationYear} in college {@code collegeId} (null:
	 * every college) who are in any of {@code states}, in no particular order.
	 */
	@Transactional(readOnly = true)
	public List<Long> accountIds(int graduationYear, Long collegeId, Set<ChaseState> states) {
		return roster.students(graduationYear, collegeId)
			.stream()
			.filter(s -> states.stream().anyMatch(state -> state.holds(s)))
			.map(ChaseStudent::accountId)
			.toList();
	}

	/**
	 * The account ids of the students of {@code graduationYear} in college {@code collegeId} (null:
	 * every college) who have yet to submit: nothing of theirs waits for review or is approved, so they
	 * never signed in, never started, keep a draft or have not resubmitted a rejected application.
	 */
	@Transactional(readOnly = true)
	public List<Long> yetToSubmit(int graduationYear, Long collegeId) {
		return roster.students(graduationYear, collegeId)
			.stream()
			.filter(s -> !ChaseState.WAITING.holds(s) && !ChaseState.APPROVED.holds(s))
			.map(ChaseStudent::accountId)
			.toList();
	}

	/** The whole list as {@code staff} may see it, in list order. */
	@Transactional(readOnly = true)
	public List<ChaseStudent> students(SignedInAccount staff, ChaseQuery query) {
		if (query.graduationYear() == null) {
			return List.of();
		}
		return roster.students(query.graduationYear(), scopeOf(staff)).stream().filter(query::holds).toList();
	}

	/** Page {@code page} (from 0) of {@code size} rows (1 to {@link #MAX_PAGE_SIZE}); past the end, the last. */
	@Transactional(readOnly = true)
	public ChasePage page(SignedInAccount staff, ChaseQuery query, int page, int size) {
		int rows = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		List<ChaseStudent> students = students(staff, query);
		int last = Math.max(0, (students.size() - 1) / rows);
		int shown = Math.min(Math.max(page, 0), last);
		int from = shown * rows;
		return new ChasePage(students.subList(from, Math.min(students.size(), from + rows)), students.size(), shown,
				rows);
	}

	/** The list leaves the application as a file: in the audit trail, with the filters and the row count. */
	@Transactional
	public void recordExport(SignedInAccount staff, ChaseQuery query, int rows) {
		Map<String, Object> details = describe(query);
		details.put("rows", rows);
		audit.record(staff.username(), "verification.chase.exported", "chase-list",
				String.valueOf(query.graduationYear()), details);
	}

	/**
	 * The college {@code staff} sees (null: every one).
	 * @throws AccessDeniedException for anyone but staff
	 */
	static Long scopeOf(SignedInAccount staff) {
		if (staff.is(Role.COLLEGE_REVIEWER)) {
			return staff.collegeId();
		}
		if (staff.is(Role.SCHOOL_REVIEWER) || staff.is(Role.ADMIN)) {
			return null;
		}
		throw new AccessDeniedException("chase lists are for staff");
	}

	/** The list as {@code staff} asks for it: a college reviewer's without a college is their college's. */
	public static ChaseQuery scoped(SignedInAccount staff, ChaseQuery query) {
		Long scope = scopeOf(staff);
		return scope == null || query.collegeId() != null ? query
				: new ChaseQuery(query.graduationYear(), scope, query.majorCode(), query.className(), query.state());
	}

	/** A list's filters as the audit trail and the reminder records keep them. */
	static Map<String, Object> describe(ChaseQuery query) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("graduationYear", query.graduationYear());
		if (query.collegeId() != null) {
			details.put("collegeId", query.collegeId());
		}
		if (query.majorCode() != null) {
			details.put("majorCode", query.majorCode());
		}
		if (query.className() != null) {
			details.put("className", query.className());
		}
		details.put("state", query.state() == null ? "ALL" : query.state().name());
		return details;
	}
}
