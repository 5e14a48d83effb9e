package com.gradverify.evidence;

import java.util.UUID;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts for evidence tests, inserted straight into {@code account} (V3) so these tests do not
 * depend on the account module's services. Usernames are unique per call.
 */
public final class TestAccounts {

	private final JdbcClient jdbc;

	public TestAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public SignedInAccount student() {
		String username = "s" + UUID.randomUUID().toString().substring(0, 12);
		long id = jdbc.sql("""
				insert into account (username, display_name, role, id_card, graduation_year)
				values (:username, '测试学生', 'STUDENT', '11010120000101123X', 2026) returning id""")
			.param("username", username)
			.query(Long.class)
			.single();
		return new SignedInAccount(id, username, "测试学生", Role.STUDENT, null, 2026);
	}

	public SignedInAccount staff(Role role) {
		String username = "t" + UUID.randomUUID().toString().substring(0, 12);
		long id = jdbc.sql("""
				insert into account (username, display_name, role, password_hash)
				values (:username, '测试老师', :role, '{noop}unused') returning id""")
			.param("username", username)
			.param("role", role.name())
			.query(Long.class)
			.single();
		return new SignedInAccount(id, username, "测试老师", role, null, null);
	}
}
