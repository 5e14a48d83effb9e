package com.gradverify.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.CodeTable;
import com.gradverify.reference.ReferenceData;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MobileNumber;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.shared.TooManyAttemptsException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 毕业生账户绑定: finds the student's registry record by 身份证号 + 姓名 + 学历 + 毕业年份 and binds
 * the application to it. Failed attempts are counted per account so nobody can probe other
 * people's identity data.
 */
@Service
public class BindingService {

	static final int MAX_FAILED_ATTEMPTS = 10;

	static final Duration ATTEMPT_WINDOW = Duration.ofHours(1);

	private final RegistryRecords registry;

	private final ReferenceData reference;

	private final VerificationApplications applications;

	private final ApplicationOpener opener;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	BindingService(RegistryRecords registry, ReferenceData reference, VerificationApplications applications,
			ApplicationOpener opener, JdbcClient jdbc, AuditTrail audit) {
		this.registry = registry;
		this.reference = reference;
		this.applications = applications;
		this.opener = opener;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Binds the student's application to their registry record. Malformed input is refused with
	 * field errors; a well-formed request that matches nothing is an outcome, not an error.
	 */
	@Transactional(noRollbackFor = TooManyAttemptsException.class)
	public BindingOutcome bind(SignedInAccount student, BindingRequest request) {
		requireAttemptsLeft(student);
		Identity identity = validate(request);
		VerificationApplication application = opener.openFor(student);
		Optional<RegistryEntry> match = registry.findByIdCard(identity.graduationYear(), identity.idCard())
			.filter(entry -> sameName(entry.name(), identity.name()))
			.filter(entry -> entry.educationCode().equals(identity.educationCode()));
		if (match.isEmpty()) {
			recordAttempt(student, false);
			return BindingOutcome.NO_MATCH;
		}
		RegistryEntry entry = match.get();
		var holder = applications.findByRegistryRecordId(entry.id());
		if (holder.isPresent() && holder.get().getAccountId() != student.id()) {
			recordAttempt(student, false);
			return BindingOutcome.RECORD_TAKEN;
		}
		application.bind(entry, identity.mobile());
		applications.saveAndFlush(application);
		recordAttempt(student, true);
		audit.record(student.username(), "verification.bound", "verification", application.getId().toString(),
				Map.of("registryRecordId", entry.id()));
		return BindingOutcome.BOUND;
	}

	/** No record matched and the student chooses to fill in the form by hand. */
	@Transactional
	public void continueUnbound(SignedInAccount student, BindingRequest request) {
		Identity identity = validate(request);
		VerificationApplication application = opener.openFor(student);
		application.continueUnbound(identity.name(), identity.idCard(), identity.educationCode(), identity.mobile());
		applications.saveAndFlush(application);
		audit.record(student.username(), "verification.unbound", "verification", application.getId().toString(),
				Map.of());
	}

	private Identity validate(BindingRequest request) {
		List<Violation> violations = new ArrayList<>();
		String idCard = null;
		String mobile = null;
		try {
			idCard = IdCardNumber.of(request.getIdCard()).value();
		}
		catch (InvalidValueException ex) {
			violations.add(new Violation("idCard", ex.messageCode()));
		}
		try {
			mobile = MobileNumber.of(request.getMobile()).value();
		}
		catch (InvalidValueException ex) {
			violations.add(new Violation("mobile", ex.messageCode()));
		}
		String name = Text.clean(request.getName());
		if (name == null) {
			violations.add(new Violation("name", "NotBlank"));
		}
		if (request.getEducationCode() == null
				|| !reference.isValidCode(CodeTable.EDUCATION_LEVEL, request.getEducationCode())) {
			violations.add(new Violation("educationCode", "verification.code.unknown"));
		}
		if (request.getGraduationYear() == null || request.getGraduationYear() < 2000
				|| request.getGraduationYear() > 2100) {
			violations.add(new Violation("graduationYear", "binding.graduationYear.range"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return new Identity(name, idCard, request.getEducationCode(), request.getGraduationYear(), mobile);
	}

	private void requireAttemptsLeft(SignedInAccount student) {
		Integer failures = jdbc.sql("""
				select count(*) from binding_attempt
				where account_id = :account and not succeeded and attempted_at > :since""")
			.param("account", student.id())
			.param("since", java.sql.Timestamp.from(Instant.now().minus(ATTEMPT_WINDOW)))
			.query(Integer.class)
			.single();
		if (failures >= MAX_FAILED_ATTEMPTS) {
			throw new TooManyAttemptsException("binding.throttled", ATTEMPT_WINDOW.toMinutes());
		}
	}

	private void recordAttempt(SignedInAccount student, boolean succeeded) {
		jdbc.sql("insert into binding_attempt (account_id, succeeded) values (:account, :succeeded)")
			.param("account", student.id())
			.param("succeeded", succeeded)
			.update();
	}

	private static boolean sameName(String registryName, String typed) {
		String a = Text.clean(registryName);
		return a != null && a.replace(" ", "").equals(typed.replace(" ", ""));
	}

	private record Identity(String name, String idCard, String educationCode, int graduationYear, String mobile) {
	}
}
