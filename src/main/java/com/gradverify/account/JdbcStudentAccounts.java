package com.gradverify.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import com.gradverify.account.StudentAccountsRefreshed.RefreshedStudent;
import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.College;
import com.gradverify.shared.CopyText;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student accounts in bulk: one {@code insert … select from unnest(arrays)} per batch, so 5,000
 * students are one statement and one round trip; students expected to be new go in by COPY, which
 * spares the upsert's speculative insertion and its arrays. Passwords stay untouched: new accounts get the
 * default password (hash null), existing ones keep whatever they have. The accounts it changes are
 * announced ({@link StudentAccountsRefreshed}) in the same transaction.
 */
@Service
class JdbcStudentAccounts implements StudentAccounts {

	/** Returns the accounts it changed (not the ones it created or left as they were). */
	private static final String UPSERT = """
			with upserted as (
			  insert into account (username, display_name, role, college_id, id_card, graduation_year,
			                       password_change_required)
			  select s.username, s.name, 'STUDENT', s.college_id, s.id_card, s.graduation_year, true
			  from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::int[])
			         as s(username, name, id_card, college_id, graduation_year)
			  on conflict (username) do update set
			    display_name = excluded.display_name, id_card = excluded.id_card,
			    graduation_year = excluded.graduation_year, college_id = excluded.college_id, updated_at = now(),
			    -- a corrected 身份证号 is a new default password: sessions signed in with the old one end
			    credentials_version = account.credentials_version
			      + case when account.password_hash is null and account.id_card is distinct from excluded.id_card
			             then 1 else 0 end
			  where account.role = 'STUDENT'
			    and (account.display_name, account.id_card, account.graduation_year, account.college_id)
			        is distinct from (excluded.display_name, excluded.id_card, excluded.graduation_year, excluded.college_id)
			  returning id, college_id, xmax <> 0 as refreshed)
			select id, college_id from upserted where refreshed""";

	/** New accounts have the defaults: no password hash (the default password), to be changed at first login. */
	private static final String COPY = "copy account (username, display_name, role, college_id, id_card, graduation_year) "
			+ "from stdin";

	private static final String UNIQUE_VIOLATION = "23505";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final SchoolCatalog catalog;

	JdbcStudentAccounts(JdbcTemplate jdbc, ApplicationEventPublisher events, SchoolCatalog catalog) {
		this.jdbc = jdbc;
		this.events = events;
		this.catalog = catalog;
	}

	@Override
	@Transactional
	public void provision(Collection<StudentAccountSpec> students) {
		Collection<StudentAccountSpec> unique = oneEach(students);
		if (!unique.isEmpty()) {
			upsert(unique, collegeIds());
		}
	}

	@Override
	@Transactional
	public boolean provisionNew(Collection<StudentAccountSpec> students) {
		Collection<StudentAccountSpec> unique = oneEach(students);
		if (unique.isEmpty()) {
			return true;
		}
		Map<String, Long> collegeIds = collegeIds();
		boolean copied = jdbc.execute((ConnectionCallback<Boolean>) connection -> copyUnlessTaken(connection, unique,
				collegeIds));
		if (!copied) {
			upsert(unique, collegeIds);
		}
		return copied;
	}

	/** One row per username: PostgreSQL refuses to update the same row twice in one statement. */
	private static Collection<StudentAccountSpec> oneEach(Collection<StudentAccountSpec> students) {
		Map<String, StudentAccountSpec> unique = new LinkedHashMap<>();
		students.forEach(s -> unique.put(s.studentNo(), s));
		return unique.values();
	}

	/** The reference module's colleges, read once per batch: a name it does not know is no college. */
	private Map<String, Long> collegeIds() {
		Map<String, Long> collegeIds = new HashMap<>();
		for (College college : catalog.colleges()) {
			collegeIds.put(college.name(), college.id());
		}
		return collegeIds;
	}

	private static Long collegeId(StudentAccountSpec student, Map<String, Long> collegeIds) {
		return student.collegeName() == null ? null : collegeIds.get(student.collegeName());
	}

	private void upsert(Collection<StudentAccountSpec> unique, Map<String, Long> collegeIds) {
		int n = unique.size();
		String[] usernames = new String[n];
		String[] names = new String[n];
		String[] idCards = new String[n];
		Long[] colleges = new Long[n];
		Integer[] years = new Integer[n];
		int i = 0;
		for (StudentAccountSpec s : unique) {
			usernames[i] = s.studentNo();
			names[i] = s.name();
			idCards[i] = s.idCard();
			colleges[i] = collegeId(s, collegeIds);
			years[i] = s.graduationYear();
			i++;
		}
		List<RefreshedStudent> refreshed = jdbc.query((Connection connection) -> {
			PreparedStatement statement = connection.prepareStatement(UPSERT);
			statement.setArray(1, array(connection, "varchar", usernames));
			statement.setArray(2, array(connection, "varchar", names));
			statement.setArray(3, array(connection, "varchar", idCards));
			statement.setArray(4, array(connection, "int8", colleges));
			statement.setArray(5, array(connection, "int4", years));
			return statement;
		}, (rs, row) -> new RefreshedStudent(rs.getLong(1), rs.getObject(2, Long.class)));
		if (!refreshed.isEmpty()) {
			events.publishEvent(new StudentAccountsRefreshed(refreshed));
		}
	}

	/**
	 * COPYs the accounts in, inside a savepoint; returns false, with nothing written, when a
	 * username is taken already (the unique index refuses the COPY as a whole).
	 */
	private static boolean copyUnlessTaken(Connection connection, Collection<StudentAccountSpec> students,
			Map<String, Long> collegeIds) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try {
			try (var out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 64 * 1024)) {
				var line = new StringBuilder(128);
				for (StudentAccountSpec s : students) {
					line.setLength(0);
					CopyText.append(line, s.studentNo());
					line.append('\t');
					CopyText.append(line, s.name());
					line.append("\tSTUDENT\t");
					CopyText.append(line, collegeId(s, collegeIds));
					line.append('\t');
					CopyText.append(line, s.idCard());
					line.append('\t').append(s.graduationYear()).append('\n');
					out.write(line.toString().getBytes(StandardCharsets.UTF_8));
				}
			}
			connection.releaseSavepoint(savepoint);
			return true;
		}
		catch (SQLException | IOException ex) {
			if (!usernameTaken(ex)) {
				throw ex instanceof SQLException sql ? sql : new SQLException("COPY of student accounts failed", ex);
			}
			connection.rollback(savepoint);
			return false;
		}
	}

	/** Whether the failure is the unique index refusing a username (the driver may wrap it in an IOException). */
	private static boolean usernameTaken(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Optional<StudentAccount> findStudent(String studentNo) {
		return jdbc.query("""
				select id, username, display_name, id_card, graduation_year from account
				where username = ? and role = 'STUDENT'""",
				(rs, row) -> new StudentAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
						rs.getString("id_card"), rs.getInt("graduation_year")),
				studentNo)
			.stream()
			.findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<StudentPlacement> placements(Integer graduationYear) {
		return jdbc.query("""
				select id, college_id, username, display_name, id_card, first_signed_in_at is not null
				from account
				where role = 'STUDENT' and (cast(? as int) is null or graduation_year = ?)""",
				(rs, row) -> new StudentPlacement(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getBoolean(6)),
				graduationYear, graduationYear);
	}

	@Override
	public SignInCounts signInCounts(int graduationYear) {
		return jdbc.queryForObject("""
				select count(*), count(first_signed_in_at) from account
				where role = 'STUDENT' and graduation_year = ?""",
				(rs, row) -> new SignInCounts(rs.getLong(1), rs.getLong(2)), graduationYear);
	}

	private static Array array(Connection connection, String type, Object[] values) throws SQLException {
		return connection.createArrayOf(type, values);
	}
}
