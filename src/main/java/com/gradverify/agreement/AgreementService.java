package com.gradverify.agreement;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.review.ReviewHistory;
import com.gradverify.verification.VerifiedGate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graduate's side of 协议申请: every call first asks the {@link VerifiedGate} (an unverified
 * graduate gets its {@code VerificationRequiredException}), then acts on the graduate's own
 * application only — anyone else's id is not found.
 */
@Service
public class AgreementService {

	private final AgreementApplications agreements;

	private final BreachApplications breaches;

	private final AgreementRules rules;

	private final ReviewHistory reviews;

	private final ApplicationWorkflow<AgreementApplication> workflow;

	private final AccountLookup accounts;

	AgreementService(AgreementApplications agreements, BreachApplications breaches, AgreementRules rules,
			VerifiedGate gate, EvidenceFiles evidence, ReviewHistory reviews, AuditTrail audit,
			AccountLookup accounts) {
		this.agreements = agreements;
		this.breaches = breaches;
		this.rules = rules;
		this.reviews = reviews;
		this.workflow = new ApplicationWorkflow<>("agreement", agreements, AgreementApplication::getScanEvidenceId,
				a -> Map.of("status", a.getStatus()), gate, evidence, audit);
		this.accounts = accounts;
	}

	/** The graduate's agreements, newest first: at most one active, the terminated ones as history. */
	@Transactional(readOnly = true)
	public List<AgreementView> agreements(SignedInAccount student) {
		workflow.requireVerified(student);
		return agreements.findByAccountIdOrderByIdDesc(student.id()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public AgreementView agreement(SignedInAccount student, long id) {
		return view(workflow.own(student, id));
	}

	/** Opens a draft; a second active agreement is a conflict (the database's partial unique index decides). */
	@Transactional
	public AgreementView create(SignedInAccount student, AgreementForm form) {
		workflow.requireVerified(student);
		AgreementForm clean = rules.clean(form, false);
		var application = new AgreementApplication(student.id(), accounts.currentCollegeId(student.id()),
				student.graduationYear(), clean);
		return view(workflow.create(student, application, "agreement_one_active_idx", "agreement.activeExists"));
	}

	@Transactional
	public AgreementView save(SignedInAccount student, long id, AgreementForm form, Long version) {
		return view(workflow.save(student, id, version, a -> a.edit(rules.clean(form, false))));
	}

	/** Stores the scan of the signed agreement (evidence rules apply) and attaches it in place of any earlier one. */
	@Transactional
	public AgreementView attachScan(SignedInAccount student, long id, String fileName, InputStream content) {
		return view(workflow.attach(student, id, fileName, content, AgreementApplication::attachScan));
	}

	/** Removes the scan before submission: the graduate's own application's file only. */
	@Transactional
	public AgreementView removeScan(SignedInAccount student, long id, long evidenceId) {
		return view(workflow.detach(student, id, evidenceId, AgreementApplication::detachScan));
	}

	/** Submits for the college's review: the form must be complete and the scan attached; the scan is then locked. */
	@Transactional
	public AgreementView submit(SignedInAccount student, long id, Long version) {
		return view(workflow.submit(student, id, version, a -> a.edit(rules.clean(a.form(), true))));
	}

	@Transactional
	public AgreementView withdraw(SignedInAccount student, long id, Long version) {
		return view(workflow.withdraw(student, id, version));
	}

	AgreementView view(AgreementApplication a) {
		boolean breachable = a.getStatus() == ApplicationState.APPROVED
				&& breaches.findByAgreementId(a.getId()).isEmpty();
		return new AgreementView(a.getId(), a.getStatus(), a.getVersion(), a.form(), workflow.evidenceFile(a),
				a.getSubmittedAt(), a.getDecidedAt(), a.getTerminatedAt(), breachable,
				reviews.of(AgreementReviews.KIND, a.getId()));
	}
}
