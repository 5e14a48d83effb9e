package com.gradverify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SmokeTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsRunOnRealPostgres() {
		assertThat(jdbc.queryForObject("select version()", String.class)).contains("PostgreSQL 17");
	}
}
