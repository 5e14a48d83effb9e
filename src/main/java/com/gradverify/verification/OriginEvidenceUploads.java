package com.gradverify.verification;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 户籍证明 a student uploads when their 生源地 differs from the registry. A new upload replaces
 * the previous one until submission, which locks it.
 */
@Service
public class OriginEvidenceUploads {

	static final String PURPOSE = "origin-place";

	private final EvidenceFiles evidence;

	private final ApplicationOpener opener;

	private final VerificationApplications applications;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	OriginEvidenceUploads(EvidenceFiles evidence, ApplicationOpener opener, VerificationApplications applications,
			AuditTrail audit, PlatformTransactionManager transactions) {
		this.evidence = evidence;
		this.opener = opener;
		this.applications = applications;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Stores and attaches the file; a refused file or a form no longer editable leaves nothing behind. */
	public EvidenceFile upload(SignedInAccount student, String fileName, InputStream content) {
		transaction.executeWithoutResult(status -> requireEditable(opener.openFor(student)));
		// decoding and re-encoding an image is slow: not inside the application's transaction
		EvidenceFile stored = evidence.store(student.id(), PURPOSE, fileName, content);
		try {
			transaction.executeWithoutResult(status -> {
				VerificationApplication application = opener.openFor(student);
				Long previous = application.getOriginEvidenceId();
				application.attachOriginEvidence(stored.id());
				applications.saveAndFlush(application);
				if (previous != null) {
					evidence.delete(previous, student.id());
				}
				audit.record(student.username(), "verification.originEvidence", "verification",
						application.getId().toString(), Map.of("evidenceId", stored.id()));
			});
		}
		catch (RuntimeException ex) {
			evidence.delete(stored.id(), student.id());
			throw ex;
		}
		return stored;
	}

	/**
	 * Removes the student's 户籍证明 before submission. Another file than their application's own is
	 * not found (whoever owns it); a form no longer editable is a conflict and keeps the file.
	 */
	public void remove(SignedInAccount student, long evidenceId) {
		transaction.executeWithoutResult(status -> {
			VerificationApplication application = opener.openFor(student);
			if (!Long.valueOf(evidenceId).equals(application.getOriginEvidenceId())) {
				throw new NotFoundException("evidence.notFound");
			}
			requireEditable(application);
			application.attachOriginEvidence(null);
			applications.saveAndFlush(application);
			evidence.delete(evidenceId, student.id());
			audit.record(student.username(), "verification.originEvidenceRemoved", "verification",
					application.getId().toString(), Map.of("evidenceId", evidenceId));
		});
	}

	/** The current 户籍证明, if any, for thumbnails. */
	public List<EvidenceFile> current(VerificationView view) {
		return view.originEvidenceId() == null ? List.of() : evidence.findAll(List.of(view.originEvidenceId()));
	}

	private static void requireEditable(VerificationApplication application) {
		if (!application.getStatus().isEditable()) {
			throw new ConflictException("verification.notEditable", application.getStatus());
		}
	}
}
