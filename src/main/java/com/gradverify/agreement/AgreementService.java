package com.gradverify.agreement;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.review.ReviewHistory;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.VerifiedGate;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graduate's side of 协议申请: every call first asks the {@link VerifiedGate} (an unverified
 * graduate gets its {@code VerificationRequiredException}), then acts on the graduate's own
 * application only — anyone else's id is not found.
 */
@Service
public class AgreementService {

	static final String EVIDENCE_PURPOSE = "agreement";

	private final AgreementApplications agreements;

	private final BreachApplications breaches;

	private final AgreementRules rules;

	private final VerifiedGate gate;

	private final EvidenceFiles evidence;

	private final ReviewHistory reviews;

	private final AuditTrail audit;

	AgreementService(AgreementApplications agreements, BreachApplications breaches, AgreementRules rules,
			VerifiedGate gate, EvidenceFiles evidence, ReviewHistory reviews, AuditTrail audit) {
		this.agreements = agreements;
		this.breaches = breaches;
		this.rules = rules;
		this.gate = gate;
		this.evidence = evidence;
		this.reviews = reviews;
		this.audit = audit;
	}

	/** The graduate's agreements, newest first: at most one active, the terminated ones as history. */
	@Transactional(readOnly = true)
	public List<AgreementView> agreements(SignedInAccount student) {
		gate.requireVerified(student.id());
		return agreements.findByAccountIdOrderByIdDesc(student.id()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public AgreementView agreement(SignedInAccount student, long id) {
		gate.requireVerified(student.id());
		return view(own(student, id));
	}

	/** Opens a draft; a second active agreement is a conflict (the database's partial unique index decides). */
	@Transactional
	public AgreementView create(SignedInAccount student, AgreementForm form) {
		gate.requireVerified(student.id());
		AgreementForm clean = rules.clean(form, false);
		AgreementApplication application;
		try {
			application = agreements.saveAndFlush(new AgreementApplication(student.id(), student.collegeId(), clean));
		}
		catch (DataIntegrityViolationException ex) {
			if (Constraints.violated(ex, "agreement_one_active_idx")) {
				throw new ConflictException("agreement.activeExists");
			}
			throw ex;
		}
		record(student, application, "agreement.created");
		return view(application);
	}

	@Transactional
	public AgreementView save(SignedInAccount student, long id, AgreementForm form, Long version) {
		gate.requireVerified(student.id());
		AgreementApplication application = own(student, id);
		application.requireVersion(version);
		application.edit(rules.clean(form, false));
		return view(agreements.saveAndFlush(application));
	}

	/** Stores the scan of the signed agreement (evidence rules apply) and attaches it in place of any earlier one. */
	@Transactional
	public AgreementView attachScan(SignedInAccount student, long id, String fileName, InputStream content) {
		gate.requireVerified(student.id());
		AgreementApplication application = own(student, id);
		Long previous = application.getScanEvidenceId();
		EvidenceFile file = evidence.store(student.id(), EVIDENCE_PURPOSE, fileName, content);
		application.attachScan(file.id());
		agreements.saveAndFlush(application);
		Evidence.discardIfUnlocked(evidence, previous, student.id());
		return view(application);
	}

	/** Submits for the college's review: the form must be complete and the scan attached; the scan is then locked. */
	@Transactional
	public AgreementView submit(SignedInAccount student, long id, Long version) {
		gate.requireVerified(student.id());
		AgreementApplication application = own(student, id);
		application.requireVersion(version);
		application.edit(rules.clean(application.form(), true));
		application.submit();
		evidence.lock(List.of(application.getScanEvidenceId()));
		agreements.saveAndFlush(application);
		record(student, application, "agreement.submitted");
		return view(application);
	}

	@Transactional
	public AgreementView withdraw(SignedInAccount student, long id, Long version) {
		gate.requireVerified(student.id());
		AgreementApplication application = own(student, id);
		application.requireVersion(version);
		application.withdraw();
		agreements.saveAndFlush(application);
		record(student, application, "agreement.withdrawn");
		return view(application);
	}

	private AgreementApplication own(SignedInAccount student, long id) {
		return agreements.findById(id)
			.filter(a -> a.getAccountId() == student.id())
			.orElseThrow(() -> new NotFoundException("agreement.notFound"));
	}

	private void record(SignedInAccount student, AgreementApplication application, String action) {
		audit.record(student.username(), action, "agreement", Long.toString(application.getId()),
				Map.of("status", application.getStatus()));
	}

	AgreementView view(AgreementApplication a) {
		EvidenceFile scan = a.getScanEvidenceId() == null ? null : evidence.find(a.getScanEvidenceId()).orElse(null);
		boolean breachable = a.getStatus() == ApplicationState.APPROVED
				&& breaches.findByAgreementId(a.getId()).isEmpty();
		return new AgreementView(a.getId(), a.getStatus(), a.getVersion(), a.form(), scan, a.getSubmittedAt(),
				a.getDecidedAt(), a.getTerminatedAt(), breachable, reviews.of(AgreementReviews.KIND, a.getId()));
	}
}
