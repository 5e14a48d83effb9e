package com.gradverify.verification;

import java.util.Set;

import com.gradverify.shared.GraduationYears;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 届 with 实名认证 applications waiting for the college or the school. */
@Component
class VerificationYears implements GraduationYears.Source {

	private final JdbcClient jdbc;

	VerificationYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Integer> yearsWithOpenWork() {
		return Set.copyOf(jdbc.sql("""
				select distinct graduation_year from verification_application
				where status in ('SUBMITTED', 'COLLEGE_APPROVED')""").query(Integer.class).list());
	}
}
