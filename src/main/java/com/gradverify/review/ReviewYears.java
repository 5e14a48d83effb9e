package com.gradverify.review;

import java.util.List;
import java.util.Set;

import com.gradverify.shared.GraduationYears;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 届 with items of any kind waiting for the college or the school. */
@Component
class ReviewYears implements GraduationYears.Source {

	private final JdbcClient jdbc;

	ReviewYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Integer> yearsWithOpenWork() {
		List<String> waiting = List.of(ReviewState.waitingFor(ReviewLevel.COLLEGE).name(),
				ReviewState.waitingFor(ReviewLevel.SCHOOL).name());
		return Set.copyOf(jdbc.sql("select distinct graduation_year from review_item where state = any(:waiting)")
			.param("waiting", waiting.toArray(String[]::new))
			.query(Integer.class)
			.list());
	}
}
