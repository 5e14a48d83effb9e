package com.gradverify.wechat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentAccountSpec;
import com.gradverify.shared.IdCardNumber;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Graduates for WeChat tests: a registry record (inserted directly until the registry import is
 * on this branch) and the student account the import would provision, with fresh 学号 and
 * 身份证号 so that tests sharing the database never meet.
 */
public final class Graduates {

	public static final int YEAR = 2026;

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final int RUN = ThreadLocalRandom.current().nextInt(10_000, 99_999);

	private final JdbcClient jdbc;

	private final StudentAccounts students;

	public Graduates(JdbcClient jdbc, StudentAccounts students) {
		this.jdbc = jdbc;
		this.students = students;
	}

	public record Graduate(String studentNo, String idCard, String educationCode, String name) {

		/** What the account's password is until the student changes it: the last six of the 身份证号. */
		public String defaultPassword() {
			return idCard.substring(idCard.length() - 6);
		}
	}

	/** A 本科 (31) graduate of {@link #YEAR} whose 身份证号 ends in X, to exercise the x → X rule. */
	public Graduate create() {
		String studentNo = "W" + RUN + String.format("%06d", SEQUENCE.incrementAndGet());
		String idCard = idCardEndingInX();
		var graduate = new Graduate(studentNo, idCard, "31", "测试学生");
		jdbc.sql("""
				insert into registry_record (graduation_year, id_card, name, student_no, education_code, college_name,
				                             graduation_date)
				values (:year, :idCard, :name, :studentNo, :education, '测试学院', :graduationDate)""")
			.param("year", YEAR)
			.param("idCard", idCard)
			.param("name", graduate.name())
			.param("studentNo", studentNo)
			.param("education", graduate.educationCode())
			.param("graduationDate", LocalDate.of(YEAR, 6, 30))
			.update();
		students.provision(List.of(new StudentAccountSpec(studentNo, graduate.name(), idCard, null, YEAR)));
		return graduate;
	}

	long accountId(Graduate graduate) {
		return students.findStudent(graduate.studentNo()).orElseThrow().id();
	}

	private static String idCardEndingInX() {
		var random = ThreadLocalRandom.current();
		while (true) {
			LocalDate birth = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(0, 3000));
			String body = "430602" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
			if (IdCardNumber.checkCharacter(body) == 'X') {
				return body + 'X';
			}
		}
	}
}
