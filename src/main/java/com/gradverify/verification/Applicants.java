package com.gradverify.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the graduates behind other modules' applications are, from their 实名认证 forms, in batches:
 * a page of a queue or a chunk of an export asks once for all its rows.
 */
@Service
public class Applicants {

	private static final String SELECT = """
			select id, account_id, student_no, name, id_card, college_name, major_name, class_name, mobile
			from verification_application""";

	private final JdbcClient jdbc;

	Applicants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The applicants of these accounts, by account id; an account without a 实名认证 application is absent. */
	@Transactional(readOnly = true)
	public Map<Long, Applicant> byAccount(Collection<Long> accountIds) {
		return find("account_id", accountIds, Applicant::accountId);
	}

	/** The applicant of one account, if it has a 实名认证 application. */
	@Transactional(readOnly = true)
	public Optional<Applicant> ofAccount(long accountId) {
		return Optional.ofNullable(byAccount(Set.of(accountId)).get(accountId));
	}

	/** The applicants of these 实名认证 applications, by application id. */
	@Transactional(readOnly = true)
	public Map<Long, Applicant> byApplication(Collection<Long> applicationIds) {
		return find("id", applicationIds, Applicant::applicationId);
	}

	/** The 实名认证 applications of one college's graduates (the college their form is filed under now). */
	@Transactional(readOnly = true)
	public Set<Long> applicationsOfCollege(long collegeId) {
		return new HashSet<>(jdbc.sql("select id from verification_application where college_id = :college")
			.param("college", collegeId)
			.query(Long.class)
			.list());
	}

	/**
	 * How these accounts can be reached, as their 实名认证 forms give it (联系电话 and 电子邮箱, each null
	 * when blank), for notices; an account without a form is absent.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Contact> contactsOf(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select account_id, mobile, email from verification_application where account_id = any(:ids)")
			.param("ids", accountIds.stream().distinct().toArray(Long[]::new))
			.query((rs, row) -> new Contact(rs.getLong("account_id"), blankToNull(rs.getString("mobile")),
					blankToNull(rs.getString("email"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Contact::accountId, Function.identity()));
	}

	/** A graduate's 联系电话 and 电子邮箱 as typed on the form (not checked here: callers validate what they use). */
	public record Contact(long accountId, String mobile, String email) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private Map<Long, Applicant> find(String column, Collection<Long> ids, Function<Applicant, Long> key) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// column is one of two constants above, never input
		return jdbc.sql(SELECT + " where " + column + " = any(:ids)")
			.param("ids", ids.stream().distinct().toArray(Long[]::new))
			.query(Applicants::applicant)
			.list()
			.stream()
			.collect(Collectors.toMap(key, Function.identity()));
	}

	private static Applicant applicant(ResultSet rs, int row) throws SQLException {
		return new Applicant(rs.getLong("id"), rs.getLong("account_id"), rs.getString("student_no"),
				rs.getString("name"), rs.getString("id_card"), rs.getString("college_name"), rs.getString("major_name"),
				rs.getString("class_name"), rs.getString("mobile"));
	}
}
