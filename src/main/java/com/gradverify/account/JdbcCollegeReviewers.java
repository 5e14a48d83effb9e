package com.gradverify.account;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answered from the staff rows of {@code account} (a partial index covers them); never cached, so a new reviewer counts at once. */
@Repository
class JdbcCollegeReviewers implements CollegeReviewers {

	private final JdbcClient jdbc;

	JdbcCollegeReviewers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> collegesWithReviewer() {
		return Set.copyOf(jdbc.sql("""
				select distinct college_id from account
				where role = 'COLLEGE_REVIEWER' and enabled and college_id is not null""")
			.query(Long.class)
			.list());
	}
}
