package com.gradverify.agreement;

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
 * The graduate's side of 协议申请 ({@link StudentApplications} has the steps every kind shares): at
 * most one active agreement (the terminated ones are history), its scan removable before submission.
 */
@Service
public class AgreementService extends StudentApplications<AgreementApplication, AgreementForm, AgreementView> {

	private final BreachApplications breaches;

	AgreementService(AgreementApplications agreements, BreachApplications breaches, AgreementRules rules,
			VerifiedGate gate, EvidenceFiles evidence, ReviewHistory reviews, AuditTrail audit,
			AccountLookup accounts) {
		super(new ApplicationWorkflow<>("agreement", agreements, AgreementApplication::getScanEvidenceId,
				a -> Map.of("status", a.getStatus()), gate, evidence, audit), AgreementApplication::form,
				AgreementApplication::edit, rules::clean, AgreementApplication::attachScan, reviews, accounts);
		this.breaches = breaches;
	}

	/** Opens a draft; a second active agreement is a conflict (the database's partial unique index decides). */
	@Transactional
	public AgreementView create(SignedInAccount student, AgreementForm form) {
		workflow.requireVerified(student);
		var application = new AgreementApplication(student.id(), accounts.currentCollegeId(student.id()),
				student.graduationYear(), draft(form));
		return view(workflow.create(student, application, "agreement_one_active_idx", "agreement.activeExists"));
	}

	/** Removes the scan before submission: the graduate's own application's file only. */
	@Transactional
	public AgreementView removeScan(SignedInAccount student, long id, long evidenceId) {
		return view(workflow.detach(student, id, evidenceId, AgreementApplication::detachScan));
	}

	@Override
	AgreementView view(AgreementApplication a) {
		boolean breachable = a.getStatus() == ApplicationState.APPROVED
				&& breaches.findByAgreementId(a.getId()).isEmpty();
		return new AgreementView(a.getId(), a.getStatus(), a.getVersion(), a.form(), workflow.evidenceFile(a),
				a.getSubmittedAt(), a.getDecidedAt(), a.getTerminatedAt(), breachable,
				reviews.of(AgreementReviews.KIND, a.getId()));
	}
}
