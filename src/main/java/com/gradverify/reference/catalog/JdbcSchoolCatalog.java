package com.gradverify.reference.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.shared.MajorCode;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's colleges and majors. Not cached: the administrator edits them while imports read
 * them. Uniqueness is the database's job (unique constraints); the methods turn a violation into
 * a field error instead of checking first and racing.
 */
@Service
class JdbcSchoolCatalog implements SchoolCatalog {

	private final JdbcClient jdbc;

	JdbcSchoolCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Two set-based statements whatever the number of names, each {@code on conflict do nothing}:
	 * running it again, or concurrently, changes nothing. A major whose college is not named keeps
	 * no college; a malformed major code is refused before anything is written.
	 */
	@Override
	@Transactional
	public Registered registerAll(Collection<String> collegeNames, Collection<MajorRef> majors) {
		Set<String> colleges = new LinkedHashSet<>();
		collegeNames.forEach(name -> addIfPresent(colleges, name));
		Map<List<String>, String> majorRows = new LinkedHashMap<>();
		for (MajorRef major : majors) {
			String code = majorCode(major.code());
			String name = clean(major.name());
			if (name == null) {
				throw new InvalidValueException("catalog.major.nameRequired");
			}
			String college = clean(major.collegeName());
			addIfPresent(colleges, college);
			majorRows.putIfAbsent(List.of(code, name), college);
		}
		List<String> newColleges = colleges.isEmpty() ? List.of()
				: jdbc.sql("insert into college (name) select unnest(?::text[]) on conflict (name) do nothing returning name")
					.param(colleges.toArray(String[]::new))
					.query(String.class)
					.list();
		List<MajorRef> newMajors = majorRows.isEmpty() ? List.of() : insertMajors(majorRows);
		return new Registered(newColleges, newMajors);
	}

	/** Inserts the majors (code, name → college name) the catalog lacks; returns those inserted. */
	private List<MajorRef> insertMajors(Map<List<String>, String> majorRows) {
		List<String> codes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> collegesOfMajors = new ArrayList<>();
		majorRows.forEach((key, college) -> {
			codes.add(key.get(0));
			names.add(key.get(1));
			collegesOfMajors.add(college);
		});
		return jdbc.sql("""
				insert into major (code, name, college_id)
				select m.code, m.name, c.id
				from unnest(?::text[], ?::text[], ?::text[]) as m(code, name, college)
				left join college c on c.name = m.college
				on conflict (code, name) do nothing
				returning code, name""")
			.params(codes.toArray(String[]::new), names.toArray(String[]::new), collegesOfMajors.toArray(String[]::new))
			.query((rs, n) -> new MajorRef(rs.getString(1), rs.getString(2),
					majorRows.get(List.of(rs.getString(1), rs.getString(2)))))
			.list();
	}

	@Override
	public Optional<College> collegeByName(String name) {
		return jdbc.sql("select id, name from college where name = ?").param(clean(name)).query(College.class).optional();
	}

	@Override
	public Optional<College> college(long id) {
		return jdbc.sql("select id, name from college where id = ?").param(id).query(College.class).optional();
	}

	@Override
	public List<College> colleges() {
		return jdbc.sql("select id, name from college order by name, id").query(College.class).list();
	}

	List<Major> majors() {
		return jdbc.sql("select id, code, name, college_id from major order by code, name").query(Major.class).list();
	}

	College addCollege(String name) {
		String clean = clean(name);
		return jdbc.sql("insert into college (name) values (?) on conflict (name) do nothing returning id, name")
			.param(clean)
			.query(College.class)
			.optional()
			.orElseThrow(() -> new RuleViolationException("name", "catalog.college.duplicate"));
	}

	void renameCollege(long id, String name) {
		int updated;
		try {
			updated = jdbc.sql("update college set name = ? where id = ?").params(clean(name), id).update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("name", "catalog.college.duplicate");
		}
		if (updated == 0) {
			throw new NotFoundException("catalog.college.notFound");
		}
	}

	Major addMajor(String code, String name, long collegeId) {
		try {
			return jdbc.sql("""
					insert into major (code, name, college_id) values (?, ?, ?)
					on conflict (code, name) do nothing
					returning id, code, name, college_id""")
				.params(majorCode(code), clean(name), collegeId)
				.query(Major.class)
				.optional()
				.orElseThrow(() -> new RuleViolationException("code", "catalog.major.duplicate"));
		}
		catch (DataIntegrityViolationException ex) {
			// the only other constraint a valid code can break: the college is gone
			throw new RuleViolationException("collegeId", "catalog.college.notFound");
		}
	}

	private static String majorCode(String code) {
		try {
			return MajorCode.of(code).value();
		}
		catch (InvalidValueException ex) {
			throw new InvalidValueException("catalog.major.codeFormat");
		}
	}

	private static void addIfPresent(Set<String> names, String name) {
		String clean = clean(name);
		if (clean != null) {
			names.add(clean);
		}
	}

	/**
	 * Names as people paste them: surrounding blanks (also the ideographic space) removed, blank
	 * means absent. Nothing else changes, so a name matches the registry's spelling exactly.
	 */
	private static String clean(String name) {
		String stripped = name == null ? null : name.strip();
		return stripped == null || stripped.isEmpty() ? null : stripped;
	}

	record Major(long id, String code, String name, Long collegeId) {
	}
}
