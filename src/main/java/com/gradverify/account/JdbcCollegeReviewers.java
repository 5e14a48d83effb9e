package com.gradverify.account;

import java.util.List;
import java.util.Set;

import com.gradverify.reference.SchoolCatalog;
import com.gradverify.reference.SchoolCatalog.College;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answered from the staff rows of {@code account} (a partial index covers them); never cached, so a new reviewer counts at once. */
@Repository
class JdbcCollegeReviewers implements CollegeReviewers {

	private final JdbcClient jdbc;

	private final SchoolCatalog catalog;

	JdbcCollegeReviewers(JdbcClient jdbc, SchoolCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	@Override
	public List<College> collegesWithoutReviewer() {
		Set<Long> reviewed = collegesWithReviewer();
		return catalog.colleges().stream().filter(college -> !reviewed.contains(college.id())).toList();
	}

	@Override
	public Set<Long> collegesWithReviewer() {
		return Set.copyOf(jdbc.sql("""
				select distinct college_id from account
				where role = 'COLLEGE_REVIEWER' and enabled and college_id is not null""")
			.query(Long.class)
			.list());
	}

	@Override
	public List<Reviewer> reviewers() {
		return jdbc.sql("""
				select id, role, college_id from account
				where role in ('COLLEGE_REVIEWER', 'SCHOOL_REVIEWER') and enabled order by id""")
			.query((rs, row) -> new Reviewer(rs.getLong("id"), Role.valueOf(rs.getString("role")),
					rs.getObject("college_id", Long.class)))
			.list();
	}
}
