package com.gradverify.account;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The colleges a reviewer can be assigned to, read from the reference module's {@code college}
 * table. Kept small and local until {@code reference.SchoolCatalog} has an implementation; then
 * this should delegate to it.
 */
@Repository
class Colleges {

	private final JdbcClient jdbc;

	Colleges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> idByName(String name) {
		return jdbc.sql("select id from college where name = :name").param("name", name).query(Long.class).optional();
	}

	List<String> names() {
		return jdbc.sql("select name from college order by name").query(String.class).list();
	}
}
