package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.account.StudentAccounts.StudentAccountSpec;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StudentAccountsIntegrationTests {

	@Autowired
	StudentAccounts students;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StudentCredentials credentials;

	@Autowired
	SessionLogin sessionLogin;

	/** The placements say who ever signed in: with the password (any channel) or through WeChat. */
	@Test
	void placementsSayWhichStudentsHaveEverSignedIn() {
		String college = AccountFixtures.college(jdbc);
		String byPassword = AccountFixtures.uniqueStudentNo();
		String byWeChat = AccountFixtures.uniqueStudentNo();
		String never = AccountFixtures.uniqueStudentNo();
		String wrongPassword = AccountFixtures.uniqueStudentNo();
		students.provision(List.of(new StudentAccountSpec(byPassword, "甲", AccountFixtures.idCard(11), college, 2031),
				new StudentAccountSpec(byWeChat, "乙", AccountFixtures.idCard(12), college, 2031),
				new StudentAccountSpec(never, "丙", AccountFixtures.idCard(13), college, 2031),
				new StudentAccountSpec(wrongPassword, "丁", AccountFixtures.idCard(14), college, 2031)));

		assertThat(credentials.check(byPassword, AccountFixtures.idCard(11).substring(12), "192.0.2.31")).isPresent();
		assertThat(credentials.check(wrongPassword, "000000", "192.0.2.31")).isEmpty();
		long weChatId = students.findStudent(byWeChat).orElseThrow().id();
		assertThat(sessionLogin.signIn(weChatId, new org.springframework.mock.web.MockHttpServletRequest(),
				new org.springframework.mock.web.MockHttpServletResponse())).isEqualTo(SessionLogin.Outcome.SIGNED_IN);

		var signedIn = new java.util.HashMap<String, Boolean>();
		students.placements(2031).forEach(p -> signedIn.put(p.studentNo(), p.signedIn()));
		assertThat(signedIn).containsEntry(byPassword, true)
			.containsEntry(byWeChat, true)
			.containsEntry(never, false)
			.containsEntry(wrongPassword, false);
	}

	@Test
	void provisionsFiveThousandStudentsInOneBatch() {
		String college = AccountFixtures.college(jdbc);
		String prefix = AccountFixtures.uniqueName("B");
		List<StudentAccountSpec> batch = new ArrayList<>();
		for (int i = 0; i < 5_000; i++) {
			batch.add(new StudentAccountSpec(prefix + "-" + i, "学生" + i, AccountFixtures.idCard(i), college, 2026));
		}
		students.provision(batch);

		assertThat(jdbc.sql("""
				select count(*) from account a join college c on c.id = a.college_id
				where a.username like :p and a.role = 'STUDENT' and c.name = :college
				  and a.password_hash is null and a.password_change_required and a.graduation_year = 2026""")
			.param("p", prefix + "-%").param("college", college).query(Long.class).single()).isEqualTo(5_000);
	}

	@Test
	void newStudentsGoInByCopyWithTheDefaultPassword() {
		String college = AccountFixtures.college(jdbc);
		String first = AccountFixtures.uniqueStudentNo();
		String second = AccountFixtures.uniqueStudentNo();

		boolean copied = students.provisionNew(List.of(
				new StudentAccountSpec(first, "张\t三\\", AccountFixtures.idCard(11), college, 2027),
				new StudentAccountSpec(second, "李四", AccountFixtures.idCard(12), null, 2027)));

		assertThat(copied).isTrue();
		var row = jdbc.sql("""
				select a.display_name, a.id_card, a.graduation_year, c.name as college, a.password_hash,
				       a.password_change_required, a.role
				from account a left join college c on c.id = a.college_id where a.username = :u""")
			.param("u", first).query().singleRow();
		assertThat(row).containsEntry("display_name", "张\t三\\")
			.containsEntry("id_card", AccountFixtures.idCard(11))
			.containsEntry("graduation_year", 2027)
			.containsEntry("college", college)
			.containsEntry("password_hash", null)
			.containsEntry("password_change_required", true)
			.containsEntry("role", "STUDENT");
		assertThat(jdbc.sql("select college_id from account where username = :u").param("u", second)
			.query(Long.class).optional()).isEmpty();
	}

	@Test
	void aStudentWithAnAccountAlreadyTurnsTheCopyIntoTheUpsert() {
		String college = AccountFixtures.college(jdbc);
		String known = AccountFixtures.uniqueStudentNo();
		String fresh = AccountFixtures.uniqueStudentNo();
		students.provision(List.of(new StudentAccountSpec(known, "周八", AccountFixtures.idCard(13), null, 2026)));
		jdbc.sql("update account set password_hash = '{noop}kept', password_change_required = false where username = :u")
			.param("u", known).update();

		boolean copied = students.provisionNew(List.of(
				new StudentAccountSpec(fresh, "吴九", AccountFixtures.idCard(14), college, 2027),
				new StudentAccountSpec(known, "周八", AccountFixtures.idCard(13), college, 2027)));

		assertThat(copied).isFalse();
		assertThat(jdbc.sql("select count(*) from account where username in (:u)").param("u", List.of(known, fresh))
			.query(Long.class).single()).isEqualTo(2);
		var row = jdbc.sql("""
				select a.graduation_year, c.name as college, a.password_hash
				from account a left join college c on c.id = a.college_id where a.username = :u""")
			.param("u", known).query().singleRow();
		assertThat(row).containsEntry("graduation_year", 2027)
			.containsEntry("college", college)
			.containsEntry("password_hash", "{noop}kept");
	}

	@Test
	void aTakenUsernameEarlyInALargeBatchStillEndsInTheUpsert() {
		String known = AccountFixtures.uniqueStudentNo();
		students.provision(List.of(new StudentAccountSpec(known, "郑十", AccountFixtures.idCard(15), null, 2026)));
		String prefix = AccountFixtures.uniqueName("C");
		List<StudentAccountSpec> batch = new ArrayList<>();
		// the database refuses the COPY while the driver is still sending the rows after it
		batch.add(new StudentAccountSpec(known, "郑十", AccountFixtures.idCard(15), null, 2027));
		for (int i = 0; i < 5_000; i++) {
			batch.add(new StudentAccountSpec(prefix + "-" + i, "学生" + i, AccountFixtures.idCard(i), null, 2027));
		}

		assertThat(students.provisionNew(batch)).isFalse();
		assertThat(jdbc.sql("select count(*) from account where graduation_year = 2027 and (username like :p or username = :u)")
			.param("p", prefix + "-%").param("u", known).query(Long.class).single()).isEqualTo(5_001);
	}

	@Test
	void refreshingUpdatesIdentityButNeverThePassword() {
		String college = AccountFixtures.college(jdbc);
		String studentNo = AccountFixtures.uniqueStudentNo();
		students.provision(List.of(new StudentAccountSpec(studentNo, "张三", AccountFixtures.idCard(1), null, 2025)));
		jdbc.sql("update account set password_hash = '{noop}kept', password_change_required = false where username = :u")
			.param("u", studentNo).update();

		students.provision(List.of(new StudentAccountSpec(studentNo, "张三丰", AccountFixtures.idCard(2), college, 2026),
				new StudentAccountSpec(studentNo, "张三丰", AccountFixtures.idCard(2), college, 2026)));

		var row = jdbc.sql("""
				select a.display_name, a.id_card, a.graduation_year, c.name as college, a.password_hash,
				       a.password_change_required
				from account a left join college c on c.id = a.college_id where a.username = :u""")
			.param("u", studentNo).query().singleRow();
		assertThat(row).containsEntry("display_name", "张三丰")
			.containsEntry("id_card", AccountFixtures.idCard(2))
			.containsEntry("graduation_year", 2026)
			.containsEntry("college", college)
			.containsEntry("password_hash", "{noop}kept")
			.containsEntry("password_change_required", false);
	}

	@Test
	void oneBatchRefreshesTheKnownAndCreatesTheNew() {
		String college = AccountFixtures.college(jdbc);
		String known = AccountFixtures.uniqueStudentNo();
		String unchanged = AccountFixtures.uniqueStudentNo();
		String fresh = AccountFixtures.uniqueStudentNo();
		students.provision(List.of(new StudentAccountSpec(known, "李四", AccountFixtures.idCard(4), college, 2026),
				new StudentAccountSpec(unchanged, "王五", AccountFixtures.idCard(5), college, 2026)));
		var before = jdbc.sql("select updated_at from account where username = :u").param("u", unchanged)
			.query(java.time.OffsetDateTime.class).single();

		students.provision(List.of(new StudentAccountSpec(known, "李四光", AccountFixtures.idCard(4), college, 2026),
				new StudentAccountSpec(unchanged, "王五", AccountFixtures.idCard(5), college, 2026),
				new StudentAccountSpec(fresh, "赵六", AccountFixtures.idCard(6), college, 2026)));

		assertThat(jdbc.sql("select username || ':' || display_name from account where username in (:u) order by username")
			.param("u", List.of(known, unchanged, fresh)).query(String.class).list())
			.containsExactly(known + ":李四光", unchanged + ":王五", fresh + ":赵六");
		assertThat(jdbc.sql("select updated_at from account where username = :u").param("u", unchanged)
			.query(java.time.OffsetDateTime.class).single()).as("an unchanged student is not rewritten").isEqualTo(before);
	}

	@Test
	void aCorrectedIdCardEndsTheSessionsOfTheOldDefaultPasswordOnly() {
		String onDefault = AccountFixtures.uniqueStudentNo();
		String changed = AccountFixtures.uniqueStudentNo();
		students.provision(List.of(new StudentAccountSpec(onDefault, "孙七", AccountFixtures.idCard(7), null, 2026),
				new StudentAccountSpec(changed, "周八", AccountFixtures.idCard(8), null, 2026)));
		jdbc.sql("update account set password_hash = '{noop}own', password_change_required = false where username = :u")
			.param("u", changed).update();

		students.provision(List.of(new StudentAccountSpec(onDefault, "孙七", AccountFixtures.idCard(17), null, 2026),
				new StudentAccountSpec(changed, "周八", AccountFixtures.idCard(18), null, 2026)));

		assertThat(jdbc.sql("select username || ':' || credentials_version from account where username in (:u) order by username")
			.param("u", List.of(onDefault, changed)).query(String.class).list())
			.containsExactly(onDefault + ":1", changed + ":0");
	}

	@Test
	void neverTurnsAStaffAccountIntoAStudent() {
		String username = AccountFixtures.uniqueName("staffno");
		jdbc.sql("""
				insert into account (username, display_name, role, password_hash, password_change_required)
				values (:u, '教师', 'SCHOOL_REVIEWER', '{noop}x', false)""").param("u", username).update();
		students.provision(List.of(new StudentAccountSpec(username, "学生", AccountFixtures.idCard(3), null, 2026)));
		assertThat(jdbc.sql("select role || coalesce(id_card, '-') from account where username = :u").param("u", username)
			.query(String.class).single()).isEqualTo("SCHOOL_REVIEWER-");
	}
}
