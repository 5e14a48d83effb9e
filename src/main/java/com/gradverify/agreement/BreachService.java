package com.gradverify.agreement;

import java.util.Map;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.review.ReviewHistory;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.VerifiedGate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The graduate's side of 违约申请 ({@link StudentApplications} has the steps every kind shares): only
 * against their own approved agreement, one per agreement.
 */
@Service
public class BreachService extends StudentApplications<BreachApplication, BreachForm, BreachView> {

	private final AgreementApplications agreements;

	BreachService(BreachApplications breaches, AgreementApplications agreements, AgreementRules rules,
			VerifiedGate gate, EvidenceFiles evidence, ReviewHistory reviews, AuditTrail audit,
			AccountLookup accounts) {
		super(new ApplicationWorkflow<>("breach", breaches, BreachApplication::getReleaseLetterEvidenceId,
				b -> Map.of("status", b.getStatus(), "agreement", b.getAgreementId()), gate, evidence, audit),
				BreachApplication::form, BreachApplication::edit, rules::clean, BreachApplication::attachReleaseLetter,
				reviews, accounts);
		this.agreements = agreements;
	}

	@Transactional
	public BreachView create(SignedInAccount student, long agreementId, BreachForm form) {
		workflow.requireVerified(student);
		AgreementApplication agreement = agreements.findById(agreementId)
			.filter(a -> a.getAccountId() == student.id())
			.orElseThrow(() -> new NotFoundException("agreement.notFound"));
		if (agreement.getStatus() != ApplicationState.APPROVED) {
			throw new ConflictException("breach.agreementNotApproved");
		}
		return view(workflow.create(student,
				new BreachApplication(student.id(), accounts.currentCollegeId(student.id()),
						agreement.getGraduationYear(), agreementId, draft(form)),
				"breach_one_per_agreement", "breach.exists"));
	}

	@Override
	BreachView view(BreachApplication b) {
		String employer = agreements.findById(b.getAgreementId()).map(a -> a.form().getEmployerName()).orElse(null);
		return new BreachView(b.getId(), b.getAgreementId(), employer, b.getStatus(), b.getVersion(), b.form(),
				workflow.evidenceFile(b), b.getSubmittedAt(), b.getDecidedAt(), reviews.of(BreachReviews.KIND, b.getId()));
	}
}
