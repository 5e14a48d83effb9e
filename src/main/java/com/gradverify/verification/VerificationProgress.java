package com.gradverify.verification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far the graduates are with 实名认证, for the progress dashboard: per college, per major and per
 * class, each count the size of a chase list ({@link ChaseState}) the dashboard links to. Students are
 * placed by their account's college (account module) and the registry's 专业 and 班级, and counted by
 * their applications in this module's own table (see {@link ChaseRoster}); {@code unbound} counts those
 * with no application bound to a registry record (none yet, or filled in by hand), the other counts
 * are application states, {@code neverSignedIn} those who never signed in.
 */
@Service
public class VerificationProgress {

	private final ChaseRoster roster;

	private final AuditTrail audit;

	VerificationProgress(ChaseRoster roster, AuditTrail audit) {
		this.roster = roster;
		this.audit = audit;
	}

	/** Exports of personal-data-free counts are still audited: every export is. */
	@Transactional
	public void recordExport(String actor, Map<String, ?> details) {
		audit.record(actor, "verification.progress.exported", "verification-progress", "all", details);
	}

	/**
	 * The dashboard of one 届 ({@code graduationYear} null: every 届 together, by college only) as
	 * {@code staff} may see it: a college reviewer their own college.
	 */
	@Transactional(readOnly = true)
	public Dashboard dashboard(SignedInAccount staff, Integer graduationYear) {
		List<ChaseStudent> students = roster.students(graduationYear, ChaseLists.scopeOf(staff));
		return new Dashboard(group(students, Grouping.COLLEGE), group(students, Grouping.MAJOR),
				group(students, Grouping.CLASS), Counts.of(students));
	}

	/** Rows in the roster's order (college as the catalog orders them, then 专业代码, 班级), one per group. */
	private static List<ProgressRow> group(List<ChaseStudent> students, Grouping grouping) {
		Map<List<Object>, List<ChaseStudent>> groups = new LinkedHashMap<>();
		for (ChaseStudent s : students) {
			groups.computeIfAbsent(grouping.key(s), k -> new ArrayList<>()).add(s);
		}
		List<ProgressRow> rows = new ArrayList<>(groups.size());
		for (List<ChaseStudent> members : groups.values()) {
			ChaseStudent first = members.get(0);
			boolean major = grouping != Grouping.COLLEGE;
			rows.add(new ProgressRow(grouping, first.collegeId(), first.collegeName(),
					major ? first.majorCode() : null, major ? first.majorName() : null,
					grouping == Grouping.CLASS ? first.className() : null, Counts.of(members)));
		}
		return rows;
	}

	/** What a dashboard table groups the students by. */
	public enum Grouping {

		COLLEGE, MAJOR, CLASS;

		List<Object> key(ChaseStudent s) {
			return switch (this) {
				case COLLEGE -> Arrays.asList(s.collegeId());
				case MAJOR -> Arrays.asList(s.collegeId(), s.majorCode());
				case CLASS -> Arrays.asList(s.collegeId(), s.majorCode(), s.className());
			};
		}
	}

	/** The dashboard's three tables and the total of the students counted. */
	public record Dashboard(List<ProgressRow> colleges, List<ProgressRow> majors, List<ProgressRow> classes,
			Counts total) {
	}

	/**
	 * One college, major of a college ({@code majorCode}) or class of a major ({@code className});
	 * {@code collegeId} and {@code collegeName} are null for students without a college, the name also
	 * for a college the catalog no longer has, and the registry may leave 专业代码 or 班级 blank.
	 */
	public record ProgressRow(Grouping grouping, Long collegeId, String collegeName, String majorCode,
			String majorName, String className, Counts counts) {

		/**
		 * Whether the row's students are one chase list, which they are unless the row is for a blank
		 * (no college, 专业代码 or 班级): those are counted but cannot be asked for as a list.
		 */
		public boolean listable() {
			return collegeId != null && (grouping == Grouping.COLLEGE || majorCode != null)
					&& (grouping != Grouping.CLASS || className != null);
		}
	}

	/** How many students a group has, and how many of them are in each chase list. */
	public record Counts(long students, long neverSignedIn, long unbound, long draft, long waitingForCollege,
			long waitingForSchool, long rejected, long approved) {

		static Counts of(List<ChaseStudent> students) {
			return new Counts(students.size(), count(students, ChaseState.NEVER_SIGNED_IN),
					count(students, ChaseState.UNBOUND), count(students, ChaseState.DRAFT),
					count(students, ChaseState.WAITING_FOR_COLLEGE), count(students, ChaseState.WAITING_FOR_SCHOOL),
					count(students, ChaseState.REJECTED), count(students, ChaseState.APPROVED));
		}

		private static long count(List<ChaseStudent> students, ChaseState state) {
			return students.stream().filter(state::holds).count();
		}

		/**
		 * Each count with the chase list it is the size of, in the dashboard's column order: every
		 * student first ({@code state} null), then the lists.
		 */
		public List<ListCount> lists() {
			return List.of(new ListCount(null, students), new ListCount(ChaseState.NEVER_SIGNED_IN, neverSignedIn),
					new ListCount(ChaseState.UNBOUND, unbound), new ListCount(ChaseState.DRAFT, draft),
					new ListCount(ChaseState.WAITING_FOR_COLLEGE, waitingForCollege),
					new ListCount(ChaseState.WAITING_FOR_SCHOOL, waitingForSchool),
					new ListCount(ChaseState.REJECTED, rejected), new ListCount(ChaseState.APPROVED, approved));
		}

		/** A count as a percentage of the group's students, for the bar widths. */
		public long percentOf(long count) {
			return students == 0 ? 0 : Math.round(100.0 * count / students);
		}
	}

	/** How many students a chase list ({@code state}; null: every student) of a group holds. */
	public record ListCount(ChaseState state, long students) {

		/** The state as a link names it, empty for every student. */
		public String stateName() {
			return state == null ? "" : state.name();
		}
	}
}
