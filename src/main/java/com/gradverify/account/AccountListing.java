package com.gradverify.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.College;
import com.gradverify.shared.LikePattern;
import com.gradverify.shared.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The administrator's account list: search by username or name, filter by role and by 届 (students of
 * one graduation year; staff belong to no 届 and are always listed), 20 to a page.
 */
@Repository
class AccountListing {

	static final int PAGE_SIZE = 20;

	private static final String SELECT = """
			select a.id, a.username, a.display_name, a.role, a.college_id, a.id_card,
			       a.password_change_required, a.enabled,
			       exists (select 1 from login_throttle t where t.username = a.username and t.locked_until > now()) as locked
			from account a""";

	private final JdbcClient jdbc;

	private final SchoolCatalog catalog;

	AccountListing(JdbcClient jdbc, SchoolCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	Optional<Row> find(long id) {
		return jdbc.sql(SELECT + " where a.id = :id")
			.param("id", id)
			.query(AccountListing::row)
			.optional()
			.map(found -> found.collegeId() == null ? found.row(null)
					: found.row(catalog.college(found.collegeId()).map(College::name).orElse(null)));
	}

	/** {@code page} counts from 1; {@code query}, {@code role} and {@code graduationYear} may be null for "any". */
	Page find(String query, Role role, Integer graduationYear, int page) {
		List<String> conditions = new ArrayList<>();
		conditions.add("true");
		if (graduationYear != null) {
			conditions.add("(a.role <> 'STUDENT' or a.graduation_year = :year)");
		}
		boolean searching = query != null && !query.isBlank();
		if (searching) {
			conditions.add("(a.username ilike :pattern or a.display_name ilike :pattern)");
		}
		if (role != null) {
			conditions.add("a.role = :role");
		}
		String where = " where " + String.join(" and ", conditions);
		var count = jdbc.sql("select count(*) from account a" + where);
		var rows = jdbc.sql(SELECT + where + " order by a.username limit :limit offset :offset")
			.param("limit", PAGE_SIZE)
			.param("offset", (long) (Math.max(page, 1) - 1) * PAGE_SIZE);
		if (searching) {
			String pattern = LikePattern.containing(query);
			count = count.param("pattern", pattern);
			rows = rows.param("pattern", pattern);
		}
		if (role != null) {
			count = count.param("role", role.name());
			rows = rows.param("role", role.name());
		}
		if (graduationYear != null) {
			count = count.param("year", graduationYear);
			rows = rows.param("year", graduationYear);
		}
		long total = count.query(Long.class).single();
		// the college names from the reference module's catalog, read once for the page
		Map<Long, String> collegeNames = new HashMap<>();
		catalog.colleges().forEach(college -> collegeNames.put(college.id(), college.name()));
		List<Row> content = rows.query(AccountListing::row)
			.list()
			.stream()
			.map(found -> found.row(found.collegeId() == null ? null : collegeNames.get(found.collegeId())))
			.toList();
		return new Page(content, Math.max(page, 1), Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE)), total);
	}

	private static Found row(ResultSet rs, int rowNum) throws SQLException {
		return new Found(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getObject("college_id", Long.class),
				PersonalData.maskIdCard(rs.getString("id_card")), rs.getBoolean("locked"),
				rs.getBoolean("password_change_required"), rs.getBoolean("enabled"));
	}

	/** A row as the account table has it: the college by id, named by the catalog. */
	private record Found(long id, String username, String displayName, Role role, Long collegeId, String maskedIdCard,
			boolean locked, boolean mustChangePassword, boolean enabled) {

		Row row(String college) {
			return new Row(id, username, displayName, role, college, maskedIdCard, locked, mustChangePassword, enabled);
		}
	}

	/** One account as listed: the 身份证号 only ever masked. */
	record Row(long id, String username, String displayName, Role role, String college, String maskedIdCard,
			boolean locked, boolean mustChangePassword, boolean enabled) {
	}

	record Page(List<Row> rows, int number, int totalPages, long totalRows) {

		// public: the template's expressions only see public methods
		public boolean hasPrevious() {
			return number > 1;
		}

		public boolean hasNext() {
			return number < totalPages;
		}
	}
}
