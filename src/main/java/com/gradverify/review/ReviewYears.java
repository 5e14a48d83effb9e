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
		// from one 届 to the next along the queue index (state, graduation_year, …), a few probes per state
		// instead of reading every waiting item, which every queue page did to choose its default 届
		return Set.copyOf(jdbc.sql("""
				with recursive year as (
				  select s.state, (select min(graduation_year) from review_item where state = s.state) as value
				  from unnest(cast(:waiting as varchar[])) as s(state)
				  union all
				  select year.state, (select min(graduation_year) from review_item
				                      where state = year.state and graduation_year > year.value)
				  from year where year.value is not null)
				select distinct value from year where value is not null""")
			.param("waiting", waiting.toArray(String[]::new))
			.query(Integer.class)
			.list());
	}
}
