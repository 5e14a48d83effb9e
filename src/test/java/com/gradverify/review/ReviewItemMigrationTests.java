package com.gradverify.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.gradverify.support.EmbeddedDatabase;

/**
 * V32 carries the applications that exist when it runs into the review module's tables: 50,000
 * generated 实名认证 applications in every state, agreements (one a breach ended) and breaches are
 * migrated on a database of their own, and each arrives with its state, counts, version and a
 * masked 身份证号.
 */
class ReviewItemMigrationTests {

	private static final int APPLICATIONS = 50_000;

	private static DataSource database;

	private static JdbcClient jdbc;

	@BeforeAll
	static void migrateGeneratedApplications() throws SQLException {
		DataSource server = EmbeddedDatabase.forTests().getPostgresDatabase();
		try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists review_item_migration");
			statement.execute("create database review_item_migration");
		}
		database = EmbeddedDatabase.forTests().getDatabase("postgres", "review_item_migration");
		jdbc = JdbcClient.create(database);
		flyway("31").migrate();
		generate();
		flyway(null).migrate();
	}

	private static Flyway flyway(String target) {
		var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
		return (target == null ? configuration : configuration.target(target)).load();
	}

	/** Accounts and applications as V31 left them, written straight into its tables. */
	private static void generate() {
		jdbc.sql("insert into college (name) values ('迁移测试学院')").update();
		long college = jdbc.sql("select id from college where name = '迁移测试学院'").query(Long.class).single();
		jdbc.sql("""
				insert into account (username, display_name, role, college_id, id_card, graduation_year)
				select 'm' || n, '学生' || n, 'STUDENT', :college, lpad(n::text, 17, '4') || 'X', 2027
				from generate_series(1, :n) n""").param("college", college).param("n", APPLICATIONS).update();
		// the five states in turn; every seventh one with 不匹配 marks, every third one submitted
		jdbc.sql("""
				insert into verification_application (account_id, graduation_year, college_id, status, name, id_card,
				    student_no, college_name, major_code, major_name, class_name, mismatch_count, not_compared_count,
				    changed_count, submitted_at, version)
				select a.id, 2027, :college,
				       (array['DRAFT', 'SUBMITTED', 'COLLEGE_APPROVED', 'APPROVED', 'REJECTED'])[a.id % 5 + 1],
				       '学生' || a.id, a.id_card, 'S' || a.id, '迁移测试学院', '080901', '计算机科学与技术', '计科1班',
				       case when a.id % 7 = 0 then 2 else 0 end, 1, case when a.id % 11 = 0 then null else 1 end,
				       case when a.id % 5 = 0 then null else now() - make_interval(mins => a.id::int) end, a.id % 4
				from account a where a.username like 'm%'""").param("college", college).update();
		long owner = jdbc.sql("select min(id) from account where username like 'm%'").query(Long.class).single();
		String division = jdbc.sql("select code from division where level = 3 order by code limit 1")
			.query(String.class)
			.single();
		jdbc.sql("""
				insert into evidence_file (owner_account_id, sha256, content_type, size_bytes, display_name, purpose)
				values (:owner, repeat('a', 64), 'application/pdf', 10, 'scan.pdf', 'agreement')""")
			.param("owner", owner)
			.update();
		long scan = jdbc.sql("select id from evidence_file").query(Long.class).single();
		for (String status : List.of("TERMINATED", "SUBMITTED")) {
			jdbc.sql("""
					insert into agreement_application (account_id, college_id, graduation_year, status, employer_name,
					    credit_code, employer_nature_code, industry_code, employer_division_code, position, contact_person,
					    contact_phone, agreement_no, signed_on, destination_code, scan_evidence_id, submitted_at,
					    terminated_at)
					values (:owner, :college, 2027, :status, '某公司', '91430100MA4L0XXX0X', '10', 'I', :division, '工程师',
					        '王经理', '073188880000', 'A1', date '2027-03-01', '10', :scan, now(),
					        case when :status = 'TERMINATED' then now() end)""")
				.param("owner", owner)
				.param("college", college)
				.param("status", status)
				.param("division", division)
				.param("scan", scan)
				.update();
		}
		long ended = jdbc.sql("select id from agreement_application where status = 'TERMINATED'").query(Long.class).single();
		jdbc.sql("""
				insert into breach_application (account_id, agreement_id, college_id, graduation_year, status, reason,
				    release_letter_evidence_id, submitted_at)
				values (:owner, :agreement, :college, 2027, 'APPROVED', '单位解约', :scan, now())""")
			.param("owner", owner)
			.param("agreement", ended)
			.param("college", college)
			.param("scan", scan)
			.update();
	}

	@Test
	void everyApplicationArrivesWithItsStateCountsAndVersion() {
		assertThat(count("select count(*) from review_item where kind = 'VERIFICATION'")).isEqualTo(APPLICATIONS);
		assertThat(count("""
				select count(*) from review_item i join verification_application v on v.id = i.item_id
				where i.kind = 'VERIFICATION' and (i.state <> v.status or i.status <> v.status
				    or i.account_id <> v.account_id or i.college_id <> v.college_id
				    or i.mismatch_count <> v.mismatch_count or i.not_compared_count <> v.not_compared_count
				    or i.changed_count <> coalesce(v.changed_count, 0) or i.version <> v.version
				    or i.bound <> (v.registry_record_id is not null)
				    or i.submitted_at is distinct from v.submitted_at)""")).isZero();
		Map<String, Long> byState = jdbc.sql("select state, count(*) from review_item group by state")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byState).containsOnlyKeys("DRAFT", "SUBMITTED", "COLLEGE_APPROVED", "APPROVED", "REJECTED");
	}

	@Test
	void theStudentsAreKnownByTheirFormWithTheIdCardMasked() {
		assertThat(count("select count(*) from review_applicant")).isEqualTo(APPLICATIONS);
		assertThat(jdbc.sql("""
				select p.masked_id_card from review_applicant p join account a on a.id = p.account_id
				order by a.id limit 1""").query(String.class).single()).isEqualTo("444444************");
		assertThat(count("""
				select count(*) from review_applicant p join verification_application v on v.account_id = p.account_id
				where p.masked_id_card <> left(v.id_card, 6) || '************' or p.student_no <> v.student_no
				    or p.name <> v.name or p.major_code <> v.major_code or p.class_name <> v.class_name""")).isZero();
	}

	@Test
	void anAgreementABreachEndedIsAnApprovedOneWithItsOwnStatusBeside() {
		assertThat(jdbc.sql("select status from agreement_application where terminated_at is not null")
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		assertThat(jdbc.sql("select state || '/' || status from review_item where kind = 'AGREEMENT' order by item_id")
			.query(String.class)
			.list()).containsExactly("APPROVED/TERMINATED", "SUBMITTED/SUBMITTED");
		assertThat(jdbc.sql("select state from review_item where kind = 'BREACH'").query(String.class).single())
			.isEqualTo("APPROVED");
	}

	private static long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
