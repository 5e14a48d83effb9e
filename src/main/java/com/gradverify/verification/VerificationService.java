package com.gradverify.verification;

import java.util.List;
import java.util.Map;

import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.audit.AuditTrail;
import com.gradverify.campaign.CollectionWindows;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.registry.RegistryEntry;
import com.gradverify.registry.RegistryRecords;
import com.gradverify.review.ReviewHistory;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student's side of 实名认证: see the application, save drafts, submit, withdraw. Pages and the
 * JSON API both call this service.
 */
@Service
public class VerificationService {

	private final VerificationApplications applications;

	private final ApplicationOpener opener;

	private final RegistryRecords registry;

	private final FormRules rules;

	private final AuditTrail audit;

	private final ReviewHistory reviews;

	private final EvidenceFiles evidence;

	private final StudentAccounts students;

	private final CollectionWindows windows;

	VerificationService(VerificationApplications applications, ApplicationOpener opener, RegistryRecords registry,
			FormRules rules, AuditTrail audit, ReviewHistory reviews, EvidenceFiles evidence,
			StudentAccounts students, CollectionWindows windows) {
		this.windows = windows;
		this.applications = applications;
		this.students = students;
		this.evidence = evidence;
		this.opener = opener;
		this.registry = registry;
		this.rules = rules;
		this.audit = audit;
		this.reviews = reviews;
	}

	@Transactional
	public VerificationView view(SignedInAccount student) {
		return toView(opener.openFor(student));
	}

	/** Keeps a draft as typed, malformed values included; see {@link #saveDraft(SignedInAccount, VerificationForm, Map, long)}. */
	@Transactional
	public VerificationView saveDraft(SignedInAccount student, VerificationForm input, long expectedVersion) {
		return saveDraft(student, input, Map.of(), expectedVersion);
	}

	/**
	 * 保存: keeps every field as typed, whatever its completeness and however malformed, so that a
	 * student unsure of a value loses nothing; the view's {@code problems} say which fields are not
	 * yet valid, and only 申请实名认证 enforces the rules. {@code unreadable} holds what could not be
	 * read as its type (学制 四年, a date 2023-13-45), by property, as typed. Only a value longer
	 * than any field keeps is refused (400, every such field at once), and then nothing is saved.
	 */
	@Transactional
	public VerificationView saveDraft(SignedInAccount student, VerificationForm input, Map<String, String> unreadable,
			long expectedVersion) {
		VerificationApplication application = current(student, expectedVersion);
		Map<String, String> typed = cleaned(unreadable);
		List<Violation> violations = rules.overLong(input.normalised(), typed);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		VerificationForm before = application.getForm();
		String accountIdCard = students.findStudent(student.username())
			.map(StudentAccounts.StudentAccount::idCard)
			.orElse(null);
		application.saveDraft(input, typed, entryOf(application), accountIdCard);
		applications.saveAndFlush(application);
		audit.record(student.username(), "verification.saved", "verification", application.getId().toString(),
				Map.of("changed", FormChanges.between(before, application.getForm())));
		return toView(application);
	}

	/**
	 * 申请实名认证: every required field and every rule must pass, or all that fail are reported at
	 * once (400); then the form is read-only. Only within the student's collection window (409
	 * {@code COLLECTION_CLOSED} outside it; drafts may be saved at any time).
	 */
	@Transactional
	public VerificationView submit(SignedInAccount student, long expectedVersion) {
		VerificationApplication application = current(student, expectedVersion);
		if (!application.getStatus().isEditable()) {
			throw new ConflictException("verification.notEditable", application.getStatus());
		}
		requireWindowOpen(application);
		RegistryEntry entry = entryOf(application);
		List<Violation> violations = rules.submissionViolations(application.getForm(), application.getDraftText(),
				entry, application.getOriginEvidenceId() != null);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		application.submit(entry);
		applications.saveAndFlush(application);
		if (application.getOriginEvidenceId() != null) {
			evidence.lock(List.of(application.getOriginEvidenceId()));
		}
		audit.record(student.username(), "verification.submitted", "verification", application.getId().toString(),
				Map.of("mismatches", application.getMismatchCount(), "bound", application.isBound()));
		return toView(application);
	}

	/** Takes a submission back before the college acts; only within the collection window, as submitting. */
	@Transactional
	public VerificationView withdraw(SignedInAccount student, long expectedVersion) {
		VerificationApplication application = current(student, expectedVersion);
		requireWindowOpen(application);
		application.withdraw();
		applications.saveAndFlush(application);
		audit.record(student.username(), "verification.withdrawn", "verification", application.getId().toString(),
				Map.of());
		return toView(application);
	}

	/** The key fields as they stand now, for change requests. */
	@Transactional
	public KeyFieldStates keyFields(SignedInAccount student) {
		VerificationApplication application = opener.openFor(student);
		RegistryEntry entry = entryOf(application);
		VerificationForm form = application.getForm();
		Comparison comparison = Comparison.of(form, entry);
		var states = java.util.Arrays.stream(KeyField.values())
			.map(field -> new KeyFieldStates.State(field, comparison.of(field).status(), field.textIn(form),
					entry == null ? null : field.textIn(entry)))
			.toList();
		return new KeyFieldStates(application.getId(), application.getRegistryRecordId(),
				application.getGraduationYear(), states);
	}

	private VerificationApplication current(SignedInAccount student, long expectedVersion) {
		VerificationApplication application = opener.openFor(student);
		if (application.getVersion() != expectedVersion) {
			throw new ConflictException("concurrent.modification");
		}
		return application;
	}

	/** The campaign of the application's 届 and college, read afresh in this transaction. */
	private void requireWindowOpen(VerificationApplication application) {
		windows.requireOpen(application.getGraduationYear(), application.getCollegeId(), application.getAccountId());
	}

	private RegistryEntry entryOf(VerificationApplication application) {
		return application.isBound() ? registry.find(application.getRegistryRecordId()).orElse(null) : null;
	}

	private VerificationView toView(VerificationApplication application) {
		RegistryEntry entry = entryOf(application);
		VerificationForm form = application.getForm();
		Comparison comparison = Comparison.of(form, entry);
		boolean originChanged = entry != null && entry.originPlaceCode() != null && form.getOriginPlaceCode() != null
				&& !entry.originPlaceCode().equals(form.getOriginPlaceCode());
		return new VerificationView(application.getId(), application.getStatus(), application.isBound(),
				application.getVersion(), form, comparison.byProperty(),
				comparison.count(ComparisonStatus.MISMATCH), comparison.count(ComparisonStatus.NOT_COMPARED),
				application.isRegistryChanged(), application.getOriginEvidenceId(), originChanged,
				application.getSubmittedAt(), application.getDraftText(),
				application.getStatus().isEditable() ? rules.draftProblems(form, application.getDraftText()) : List.of(),
				reviews.of(VerificationReviews.KIND, application.getId()));
	}

	private static Map<String, String> cleaned(Map<String, String> unreadable) {
		var cleaned = new java.util.LinkedHashMap<String, String>();
		unreadable.forEach((property, text) -> {
			String value = Text.clean(text);
			if (value != null && FormFields.of(property).isPresent()) {
				cleaned.put(property, value);
			}
		});
		return cleaned;
	}
}
