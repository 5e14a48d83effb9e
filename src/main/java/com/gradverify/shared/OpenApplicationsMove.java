package com.gradverify.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Moves students' applications that no college has decided yet (a draft, one waiting for the
 * college, or a rejected one the student will submit again) to the college each student now
 * belongs to, for every module whose applications the student's college reviews. Decided ones
 * keep the college that decided them. Raising the version makes a save from a form loaded before
 * the move fail as stale instead of writing the old college back.
 */
public final class OpenApplicationsMove {

	private OpenApplicationsMove() {
	}

	/**
	 * @param table an application table with account_id, college_id, status, version and updated_at:
	 * a constant, never input
	 * @param collegeByAccount each student's account id and the college they now belong to (null: none)
	 */
	public static List<Moved> toColleges(NamedParameterJdbcOperations jdbc, String table,
			Map<Long, Long> collegeByAccount) {
		if (collegeByAccount.isEmpty()) {
			return List.of();
		}
		List<Long> accounts = new ArrayList<>(collegeByAccount.size());
		List<Long> colleges = new ArrayList<>(collegeByAccount.size());
		collegeByAccount.forEach((account, college) -> {
			accounts.add(account);
			colleges.add(college);
		});
		return jdbc.query("""
				with student as (
				  select * from unnest(cast(:accounts as bigint[]), cast(:colleges as bigint[])) as s(account_id, college_id)),
				moving as (
				  select a.id, a.college_id as from_college, s.college_id as to_college
				  from %1$s a join student s on s.account_id = a.account_id
				  where a.status in ('DRAFT', 'SUBMITTED', 'REJECTED') and a.college_id is distinct from s.college_id
				  for update of a)
				update %1$s a set college_id = moving.to_college, version = a.version + 1, updated_at = now()
				from moving where a.id = moving.id
				returning a.id, moving.from_college, moving.to_college""".formatted(table),
				Map.of("accounts", arrayText(accounts), "colleges", arrayText(colleges)),
				(rs, n) -> new Moved(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class)));
	}

	/** A PostgreSQL array literal of numbers, {@code NULL} for null. */
	private static String arrayText(List<Long> values) {
		return values.stream().map(v -> v == null ? "NULL" : v.toString()).collect(Collectors.joining(",", "{", "}"));
	}

	/** An application moved from one college to another (either may be null). */
	public record Moved(long applicationId, Long fromCollegeId, Long toCollegeId) {
	}
}
