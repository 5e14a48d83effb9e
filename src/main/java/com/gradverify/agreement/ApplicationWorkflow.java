package com.gradverify.agreement;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;

import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.VerifiedGate;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * The graduate-side steps that 协议 and 违约 applications share: the {@link VerifiedGate} first,
 * then the graduate's own application only, the client's version, the one evidence file (replaced
 * while editable, locked on submission) and the audit record. The {@code subject} ("agreement",
 * "breach") names the audit subject, the evidence purpose and the not-found message. Runs inside
 * the calling service's transaction.
 */
final class ApplicationWorkflow<A extends TwoLevelApplication> {

	private final String subject;

	private final TwoLevelApplications<A> store;

	private final Function<A, Long> evidenceId;

	private final Function<A, Map<String, Object>> auditDetails;

	private final VerifiedGate gate;

	private final EvidenceFiles evidence;

	private final AuditTrail audit;

	ApplicationWorkflow(String subject, TwoLevelApplications<A> store, Function<A, Long> evidenceId,
			Function<A, Map<String, Object>> auditDetails, VerifiedGate gate, EvidenceFiles evidence,
			AuditTrail audit) {
		this.subject = subject;
		this.store = store;
		this.evidenceId = evidenceId;
		this.auditDetails = auditDetails;
		this.gate = gate;
		this.evidence = evidence;
		this.audit = audit;
	}

	void requireVerified(SignedInAccount student) {
		gate.requireVerified(student.id());
	}

	/** The graduate's applications, newest first. */
	List<A> own(SignedInAccount student) {
		requireVerified(student);
		return store.findByAccountIdOrderByIdDesc(student.id());
	}

	/** The graduate's own application; anyone else's id is not found. */
	A own(SignedInAccount student, long id) {
		requireVerified(student);
		return store.findById(id)
			.filter(a -> a.getAccountId() == student.id())
			.orElseThrow(() -> new NotFoundException(subject + ".notFound"));
	}

	/** Stores a new draft; a violation of {@code uniqueConstraint} is the conflict {@code conflictCode}. */
	A create(SignedInAccount student, A draft, String uniqueConstraint, String conflictCode) {
		A application;
		try {
			application = store.saveAndFlush(draft);
		}
		catch (DataIntegrityViolationException ex) {
			if (Constraints.violated(ex, uniqueConstraint)) {
				throw new ConflictException(conflictCode);
			}
			throw ex;
		}
		record(student, application, "created");
		return application;
	}

	A save(SignedInAccount student, long id, Long version, Consumer<A> edit) {
		A application = own(student, id);
		application.requireVersion(version);
		edit.accept(application);
		return store.saveAndFlush(application);
	}

	/** Stores the evidence file (evidence rules apply) and attaches it in place of any earlier one. */
	A attach(SignedInAccount student, long id, String fileName, InputStream content, ObjLongConsumer<A> attach) {
		A application = own(student, id);
		// refused before the (slow) check and storage of a file that could not be attached
		application.requireEditable();
		Long previous = evidenceId.apply(application);
		EvidenceFile file = evidence.store(student.id(), subject, fileName, content);
		attach.accept(application, file.id());
		store.saveAndFlush(application);
		Evidence.discardIfUnlocked(evidence, previous, student.id());
		return application;
	}

	/**
	 * Takes the application's evidence file off while editable and deletes it; a file that is not
	 * this application's is not found, whoever owns it.
	 */
	A detach(SignedInAccount student, long id, long fileId, Consumer<A> detach) {
		A application = own(student, id);
		if (!Long.valueOf(fileId).equals(evidenceId.apply(application))) {
			throw new NotFoundException("evidence.notFound");
		}
		detach.accept(application);
		store.saveAndFlush(application);
		Evidence.discardIfUnlocked(evidence, fileId, student.id());
		record(student, application, "evidenceRemoved");
		return application;
	}

	/** Submits for the college's review after {@code recheck} (the complete-form rules); the file is then locked. */
	A submit(SignedInAccount student, long id, Long version, Consumer<A> recheck) {
		A application = own(student, id);
		application.requireVersion(version);
		recheck.accept(application);
		application.submit();
		evidence.lock(List.of(evidenceId.apply(application)));
		store.saveAndFlush(application);
		record(student, application, "submitted");
		return application;
	}

	A withdraw(SignedInAccount student, long id, Long version) {
		A application = own(student, id);
		application.requireVersion(version);
		application.withdraw();
		store.saveAndFlush(application);
		record(student, application, "withdrawn");
		return application;
	}

	EvidenceFile evidenceFile(A application) {
		Long id = evidenceId.apply(application);
		return id == null ? null : evidence.find(id).orElse(null);
	}

	private void record(SignedInAccount student, A application, String event) {
		audit.record(student.username(), subject + "." + event, subject, Long.toString(application.getId()),
				auditDetails.apply(application));
	}
}
