package com.gradverify.verification;

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
import com.gradverify.registry.RegistryEntry;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.shared.IdCardNumber;
import com.gradverify.shared.InvalidValueException;
import com.gradverify.shared.MobileNumber;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.shared.TooManyAttemptsException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 毕业生账户绑定: binds the student's application to the registry record of their own account —
 * the record of its 学号 in its 届 that carries the 身份证号 the account was imported with — when
 * 身份证号, 姓名, 学历 and 毕业年份 as typed match it. Anything else, another graduate's real data
 * included, is a counted failure that answers like a typo; another graduate's 身份证号 is audited
 * as a suspected misuse.
 */
@Service
public class BindingService {

	private final RegistryRecords registry;

	private final StudentAccounts students;

	private final ReferenceData reference;

	private final VerificationApplications applications;

	private final ApplicationOpener opener;

	private final BindingAttempts attempts;

	private final SuspectBindings suspects;

	private final AuditTrail audit;

	BindingService(RegistryRecords registry, StudentAccounts students, ReferenceData reference,
			VerificationApplications applications, ApplicationOpener opener, BindingAttempts attempts,
			SuspectBindings suspects, AuditTrail audit) {
		this.registry = registry;
		this.students = students;
		this.reference = reference;
		this.applications = applications;
		this.opener = opener;
		this.attempts = attempts;
		this.suspects = suspects;
		this.audit = audit;
	}

	/**
	 * Binds the student's application to their registry record. Malformed input is refused with
	 * field errors; a well-formed request that does not match the account's record is an outcome,
	 * not an error. The own record held by another account is {@link BindingOutcome#RECORD_TAKEN},
	 * reported to the administrators, who can release it.
	 */
	@Transactional(noRollbackFor = TooManyAttemptsException.class)
	public BindingOutcome bind(SignedInAccount student, BindingRequest request) {
		attempts.requireAttemptsLeft(student);
		Identity identity = validate(request);
		VerificationApplication application = opener.openFor(student);
		Optional<RegistryEntry> own = ownRecord(student);
		// looked up on every attempt, so that trying another graduate's data takes what a typo takes
		Optional<RegistryEntry> typed = registry.findByIdCard(identity.graduationYear(), identity.idCard());
		Optional<RegistryEntry> match = own.filter(identity::matches);
		if (match.isEmpty()) {
			refuse(student, application, typed.filter(entry -> !entry.studentNo().equals(student.username())),
					identity);
			return BindingOutcome.NO_MATCH;
		}
		return bindOwn(student, application, match.get(), identity.mobile(), Map.of());
	}

	/**
	 * Binds an application not bound yet to the account's own registry record when another channel
	 * has just proven the account with its password and 学历 + 毕业年份 + 学号 + 身份证号 (the WeChat
	 * binding), so that the student goes straight on to the pre-filled form and gives the 联系电话
	 * there. The ownership checks are {@link #bind}'s: only the account's own record (its 学号 in its
	 * 届 with the account's 身份证号) whose 学历 and 身份证号 are the ones proven, and a record another
	 * account holds is {@link BindingOutcome#RECORD_TAKEN}, reported to the school. An application
	 * that is bound already, or no longer editable, is left as it is ({@link BindingOutcome#BOUND}
	 * when it holds the own record).
	 */
	@Transactional
	public BindingOutcome bindProven(SignedInAccount student, String educationCode, int graduationYear,
			String idCard) {
		VerificationApplication application = opener.openFor(student);
		Optional<RegistryEntry> own = ownRecord(student).filter(entry -> entry.graduationYear() == graduationYear
				&& entry.idCard().equals(idCard) && entry.educationCode().equals(educationCode));
		if (application.isBound() || !application.getStatus().isEditable()) {
			return own.map(RegistryEntry::id).filter(id -> id.equals(application.getRegistryRecordId()))
				.map(id -> BindingOutcome.BOUND)
				.orElse(BindingOutcome.NO_MATCH);
		}
		if (own.isEmpty()) {
			return BindingOutcome.NO_MATCH;
		}
		return bindOwn(student, application, own.get(), application.getForm().getMobile(),
				Map.of("channel", "wechat"));
	}

	/** Binds to the account's own record unless another account holds it, which the school is told of. */
	private BindingOutcome bindOwn(SignedInAccount student, VerificationApplication application, RegistryEntry entry,
			String mobile, Map<String, Object> details) {
		var holder = applications.findByRegistryRecordId(entry.id());
		if (holder.isPresent() && holder.get().getAccountId() != student.id()) {
			// the student proved the record is theirs: not a failure, but the school must look at the holder
			suspects.report(holder.get().getId(), entry);
			audit.record(student.username(), "verification.recordHeld", "verification",
					application.getId().toString(),
					Map.of("registryRecordId", entry.id(), "holderApplicationId", holder.get().getId()));
			return BindingOutcome.RECORD_TAKEN;
		}
		application.bind(entry, mobile);
		applications.saveAndFlush(application);
		attempts.record(student, true);
		var audited = new HashMap<String, Object>(details);
		audited.put("registryRecordId", entry.id());
		audit.record(student.username(), "verification.bound", "verification", application.getId().toString(),
				audited);
		return BindingOutcome.BOUND;
	}

	/**
	 * No record matched and the student chooses to fill in the form by hand. The 身份证号 stays the
	 * account's: every student account has one (the registry import creates them with it), and the
	 * application may carry no other.
	 */
	@Transactional
	public void continueUnbound(SignedInAccount student, BindingRequest request) {
		Identity identity = validate(request);
		VerificationApplication application = opener.openFor(student);
		if (!identity.idCard().equals(accountOf(student).idCard())) {
			throw new RuleViolationException("idCard", "binding.idCard.notAccounts");
		}
		application.continueUnbound(identity.name(), identity.idCard(), identity.educationCode(), identity.mobile());
		applications.saveAndFlush(application);
		audit.record(student.username(), "verification.unbound", "verification", application.getId().toString(),
				Map.of());
	}

	/**
	 * Whether the application is still bound to this registry record, for a decision that relies on
	 * the binding (approving a change request for the record). The application stays locked until
	 * the caller's transaction ends, so a release or a new binding waits for that decision instead
	 * of slipping in between the check and its use.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean isStillBound(long applicationId, long registryRecordId) {
		return applications.findForBindingCheck(applicationId)
			.map(application -> Long.valueOf(registryRecordId).equals(application.getRegistryRecordId()))
			.orElse(false);
	}

	/** The account's own record: its 学号 in its 届, as long as the record's 身份证号 is still the account's. */
	private Optional<RegistryEntry> ownRecord(SignedInAccount student) {
		String idCard = accountOf(student).idCard();
		return registry.findByStudentNo(student.graduationYear(), student.username())
			.filter(entry -> entry.idCard().equals(idCard));
	}

	private StudentAccount accountOf(SignedInAccount student) {
		return students.findStudent(student.username())
			.orElseThrow(() -> new NotFoundException("verification.notFound"));
	}

	/**
	 * Counts and audits a failed attempt. Every failure writes the same rows whether it was a typo or
	 * someone else's 身份证号, so neither the answer nor its timing tells them apart; the audit keeps
	 * the record's id, never the number.
	 */
	private void refuse(SignedInAccount student, VerificationApplication application,
			Optional<RegistryEntry> someoneElses, Identity identity) {
		attempts.record(student, false);
		String subject = application.getId().toString();
		someoneElses.ifPresentOrElse(
				entry -> audit.record(student.username(), "verification.bindingSuspectedMisuse", "verification",
						subject, Map.of("registryRecordId", entry.id(), "nameMatched", sameName(entry.name(), identity.name()))),
				() -> audit.record(student.username(), "verification.bindingRefused", "verification", subject, Map.of()));
	}

	/** Every format problem of a binding request at once, by field; empty when it is well formed. */
	public List<Violation> problems(BindingRequest request) {
		List<Violation> violations = new ArrayList<>();
		identity(request, violations);
		return violations;
	}

	private Identity validate(BindingRequest request) {
		List<Violation> violations = new ArrayList<>();
		Identity identity = identity(request, violations);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return identity;
	}

	private Identity identity(BindingRequest request, List<Violation> violations) {
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
		return violations.isEmpty()
				? new Identity(name, idCard, request.getEducationCode(), request.getGraduationYear(), mobile) : null;
	}

	private static boolean sameName(String registryName, String typed) {
		String a = Text.clean(registryName);
		return a != null && a.replace(" ", "").equals(typed.replace(" ", ""));
	}

	private record Identity(String name, String idCard, String educationCode, int graduationYear, String mobile) {

		boolean matches(RegistryEntry entry) {
			return entry.graduationYear() == graduationYear && entry.idCard().equals(idCard)
					&& sameName(entry.name(), name) && entry.educationCode().equals(educationCode);
		}
	}
}
