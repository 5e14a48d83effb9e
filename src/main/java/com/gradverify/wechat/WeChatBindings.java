package com.gradverify.wechat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.shared.HalfWidth;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.shared.TooManyAttemptsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which student account a WeChat openid belongs to. Binding needs 学历 + 毕业年份 + 学号 + 身份证号 to
 * match one student account and its registry record; failures are counted per openid and per 学号
 * so nobody can probe identity data from a phone. Unique constraints keep one openid per account
 * and one account per openid, also under concurrent requests.
 */
@Service
class WeChatBindings {

	static final int MAX_FAILURES = 5;

	static final Duration ATTEMPT_WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final StudentAccounts students;

	private final RegistryRecords registry;

	private final ReferenceData reference;

	private final AuditTrail audit;

	WeChatBindings(JdbcClient jdbc, StudentAccounts students, RegistryRecords registry, ReferenceData reference,
			AuditTrail audit) {
		this.jdbc = jdbc;
		this.students = students;
		this.registry = registry;
		this.reference = reference;
		this.audit = audit;
	}

	Optional<Long> accountOf(String openid) {
		return jdbc.sql("select account_id from wechat_binding where openid = :openid")
			.param("openid", openid)
			.query(Long.class)
			.optional();
	}

	Optional<Binding> bindingOf(long accountId) {
		return jdbc.sql("select openid, bound_at from wechat_binding where account_id = :account")
			.param("account", accountId)
			.query((rs, row) -> new Binding(VerifiedOpenId.masked(rs.getString("openid")),
					rs.getTimestamp("bound_at").toInstant()))
			.optional();
	}

	/**
	 * @throws RuleViolationException for malformed values (field errors; not counted as attempts)
	 * @throws TooManyAttemptsException after {@value #MAX_FAILURES} failures within the hour for
	 * this openid or this 学号
	 */
	@Transactional(noRollbackFor = TooManyAttemptsException.class)
	BindOutcome bind(String openid, WeChatBindForm form) {
		Identity identity = validate(form);
		requireAttemptsLeft("openid", openid);
		requireAttemptsLeft("student_no", identity.studentNo());
		if (accountOf(openid).isPresent()) {
			return BindOutcome.of(BindOutcome.Result.OPENID_TAKEN);
		}
		Optional<StudentAccount> account = students.findStudent(identity.studentNo())
			.filter(a -> a.graduationYear() == identity.graduationYear())
			.filter(a -> identity.idCard().equals(a.idCard()))
			.filter(a -> registry.findByStudentNo(identity.graduationYear(), identity.studentNo())
				.filter(entry -> entry.idCard().equals(identity.idCard()))
				.filter(entry -> entry.educationCode().equals(identity.educationCode()))
				.isPresent());
		if (account.isEmpty()) {
			recordAttempt(openid, identity.studentNo(), false);
			return BindOutcome.of(BindOutcome.Result.NO_MATCH);
		}
		long accountId = account.get().id();
		if (bindingOf(accountId).isPresent() || !insert(openid, accountId)) {
			// the right person's data, but the account is someone else's WeChat already: not a guess
			return BindOutcome.of(BindOutcome.Result.ACCOUNT_TAKEN);
		}
		recordAttempt(openid, identity.studentNo(), true);
		audit.record(identity.studentNo(), "wechat.bound", "account", Long.toString(accountId),
				Map.of("openid", VerifiedOpenId.masked(openid)));
		return BindOutcome.bound(accountId);
	}

	/** The student unbinds their own WeChat (PC 账户设置). */
	@Transactional
	boolean unbindOwn(SignedInAccount student) {
		return unbind(student.id(), student.username(), Map.of("by", "student"));
	}

	/** An administrator unbinds a student's WeChat on request; the reason goes into the audit trail. */
	@Transactional
	boolean unbindByAdmin(String studentNo, String reason, SignedInAccount admin) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "NotBlank");
		}
		Optional<StudentAccount> student = students.findStudent(HalfWidth.normalize(studentNo));
		return student.isPresent()
				&& unbind(student.get().id(), admin.username(), Map.of("by", "admin", "reason", reason.strip()));
	}

	private boolean unbind(long accountId, String actor, Map<String, String> details) {
		Optional<String> openid = jdbc.sql("delete from wechat_binding where account_id = :account returning openid")
			.param("account", accountId)
			.query(String.class)
			.optional();
		openid.ifPresent(id -> {
			var all = new HashMap<String, Object>(details);
			all.put("openid", VerifiedOpenId.masked(id));
			audit.record(actor, "wechat.unbound", "account", Long.toString(accountId), all);
		});
		return openid.isPresent();
	}

	/** False when either side is bound already (also by a concurrent request): the constraints decide. */
	private boolean insert(String openid, long accountId) {
		return jdbc.sql("""
				insert into wechat_binding (openid, account_id) values (:openid, :account)
				on conflict do nothing""")
			.param("openid", openid)
			.param("account", accountId)
			.update() == 1;
	}

	private Identity validate(WeChatBindForm form) {
		List<Violation> violations = new ArrayList<>();
		String idCard = null;
		try {
			idCard = IdCardNumber.of(form.getIdCard()).value();
		}
		catch (InvalidValueException ex) {
			violations.add(new Violation("idCard", ex.messageCode()));
		}
		String studentNo = HalfWidth.normalize(form.getStudentNo());
		if (studentNo == null || studentNo.isEmpty()) {
			violations.add(new Violation("studentNo", "NotBlank"));
		}
		else if (studentNo.length() > 32) {
			violations.add(new Violation("studentNo", "wechat.bind.studentNo.format"));
		}
		if (form.getEducationCode() == null
				|| !reference.isValidCode(CodeTable.EDUCATION_LEVEL, form.getEducationCode())) {
			violations.add(new Violation("educationCode", "wechat.bind.educationCode.required"));
		}
		if (form.getGraduationYear() == null || form.getGraduationYear() < 2000 || form.getGraduationYear() > 2100) {
			violations.add(new Violation("graduationYear", "wechat.bind.graduationYear.range"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return new Identity(form.getEducationCode(), form.getGraduationYear(), studentNo, idCard);
	}

	private void requireAttemptsLeft(String column, String value) {
		int failures = jdbc.sql("select count(*) from wechat_bind_attempt where " + column
				+ " = :value and not succeeded and attempted_at > :since")
			.param("value", value)
			.param("since", Timestamp.from(Instant.now().minus(ATTEMPT_WINDOW)))
			.query(Integer.class)
			.single();
		if (failures >= MAX_FAILURES) {
			throw new TooManyAttemptsException("wechat.bind.throttled", ATTEMPT_WINDOW.toMinutes());
		}
	}

	private void recordAttempt(String openid, String studentNo, boolean succeeded) {
		jdbc.sql("""
				insert into wechat_bind_attempt (openid, student_no, succeeded)
				values (:openid, :studentNo, :succeeded)""")
			.param("openid", openid)
			.param("studentNo", studentNo)
			.param("succeeded", succeeded)
			.update();
	}

	/** A binding as the student and staff see it: the openid masked. */
	record Binding(String maskedOpenId, Instant boundAt) {
	}

	private record Identity(String educationCode, int graduationYear, String studentNo, String idCard) {
	}
}
