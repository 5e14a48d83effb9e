package com.gradverify.wechat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentAccount;
import com.gradverify.account.StudentCredentials;
import com.gradverify.audit.AuditTrail;
import com.gradverify.audit.AuditTrail.AuditEntry;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.shared.HalfWidth;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.shared.TooManyAttemptsException;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which student account a WeChat openid belongs to. Binding proves the account as the PC sign-in
 * does, with its password (a student who never signed in uses the default one and must change it
 * next), and also needs 学历 + 毕业年份 + 学号 + 身份证号 to match the account and its registry
 * record. Attempts are throttled per openid and per 学号 ({@link BindThrottle}), and the password
 * check counts toward the sign-in lock-out. Unique constraints keep one openid per account and one
 * account per openid, also under concurrent requests. Every new binding is audited and becomes a
 * notice on the student's pages, so that a binding the owner did not make is noticed. A new binding
 * also binds the student's 实名认证 to that registry record ({@link BindingService#bindProven}), so
 * the student goes on to the pre-filled form without a second binding step.
 */
@Service
class WeChatBindings {

	private static final String BOUND = "wechat.bound";

	private static final String UNBOUND = "wechat.unbound";

	/** The new bindings the account page lists. */
	private static final int RECENT_BINDINGS = 5;

	private final JdbcClient jdbc;

	private final StudentAccounts students;

	private final StudentCredentials credentials;

	private final RegistryRecords registry;

	private final ReferenceData reference;

	private final BindThrottle throttle;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final BindingService registryBinding;

	WeChatBindings(JdbcClient jdbc, StudentAccounts students, StudentCredentials credentials, RegistryRecords registry,
			ReferenceData reference, BindThrottle throttle, ApplicationEventPublisher events, AuditTrail audit,
			TransactionTemplate transactions, BindingService registryBinding) {
		this.registryBinding = registryBinding;
		this.jdbc = jdbc;
		this.students = students;
		this.credentials = credentials;
		this.registry = registry;
		this.reference = reference;
		this.throttle = throttle;
		this.events = events;
		this.audit = audit;
		this.transactions = transactions;
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

	/** The account's latest new bindings as the audit trail has them, newest first. */
	List<Binding> recentBindings(long accountId) {
		List<Binding> bound = new ArrayList<>();
		for (AuditEntry entry : audit.of("account", Long.toString(accountId))) {
			if (BOUND.equals(entry.action())) {
				bound.add(0, new Binding(String.valueOf(entry.details().get("openid")), entry.occurredAt()));
			}
		}
		return bound.subList(0, Math.min(RECENT_BINDINGS, bound.size()));
	}

	/**
	 * Not one transaction: the throttle's counts and the password check's stand on their own,
	 * whatever happens next, and no row lock is held while the password hash is checked.
	 * @param clientAddress where the attempt came from, for the sign-in lock-out
	 * @throws RuleViolationException for malformed values (field errors; not counted as attempts)
	 * @throws TooManyAttemptsException beyond {@value BindThrottle#MAX_ATTEMPTS} attempts within the
	 * hour for this openid or this 学号, or while the 学号 is locked for sign-in
	 */
	BindOutcome bind(String openid, WeChatBindForm form, String clientAddress) {
		Identity identity = validate(form);
		if (accountOf(openid).isPresent()) {
			return BindOutcome.of(BindOutcome.Result.OPENID_TAKEN);
		}
		throttle.count(openid, identity.studentNo());
		Optional<SignedInAccount> proven = credentials.check(identity.studentNo(), form.getPassword(), clientAddress);
		Optional<StudentAccount> account = proven
			.flatMap(signedIn -> students.findStudent(identity.studentNo()).filter(a -> a.id() == signedIn.id()))
			.filter(a -> a.graduationYear() == identity.graduationYear())
			.filter(a -> identity.idCard().equals(a.idCard()))
			.filter(a -> registry.findByStudentNo(identity.graduationYear(), identity.studentNo())
				.filter(entry -> entry.idCard().equals(identity.idCard()))
				.filter(entry -> entry.educationCode().equals(identity.educationCode()))
				.isPresent());
		if (account.isEmpty()) {
			return BindOutcome.of(BindOutcome.Result.NO_MATCH);
		}
		// the owner's own credentials: not a guess, whatever the binding's outcome
		throttle.clear(openid, identity.studentNo());
		long accountId = account.get().id();
		boolean bound = Boolean.TRUE.equals(transactions.execute(tx -> {
			if (bindingOf(accountId).isPresent() || !insert(openid, accountId)) {
				return false;
			}
			audit.record(identity.studentNo(), BOUND, "account", Long.toString(accountId),
					Map.of("openid", VerifiedOpenId.masked(openid)));
			// the notification centre's listener runs in this transaction: no binding without its notice
			events.publishEvent(new WeChatBound(accountId, Instant.now()));
			return true;
		}));
		if (!bound) {
			return BindOutcome.of(BindOutcome.Result.ACCOUNT_TAKEN);
		}
		// the same four values bind the 实名认证 to the registry record: the form comes next, pre-filled
		BindingOutcome record = registryBinding.bindProven(proven.get(), identity.educationCode(),
				identity.graduationYear(), identity.idCard());
		return BindOutcome.bound(accountId, record);
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
			audit.record(actor, UNBOUND, "account", Long.toString(accountId), all);
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
		if (form.getPassword() == null || form.getPassword().isEmpty()) {
			violations.add(new Violation("password", "NotBlank"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return new Identity(form.getEducationCode(), form.getGraduationYear(), studentNo, idCard);
	}

	/** A binding as the student and staff see it: the openid masked, and when it was made. */
	record Binding(String maskedOpenId, Instant boundAt) {
	}

	private record Identity(String educationCode, int graduationYear, String studentNo, String idCard) {
	}
}
