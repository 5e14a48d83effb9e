package com.gradverify.agreement;

import java.io.InputStream;
import java.util.List;
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
 * The graduate's side of 违约申请: only against their own approved agreement, one per agreement,
 * behind the same {@link VerifiedGate} as the agreement itself.
 */
@Service
public class BreachService {

	private final BreachApplications breaches;

	private final AgreementApplications agreements;

	private final AgreementRules rules;

	private final ReviewHistory reviews;

	private final ApplicationWorkflow<BreachApplication> workflow;

	private final AccountLookup accounts;

	BreachService(BreachApplications breaches, AgreementApplications agreements, AgreementRules rules,
			VerifiedGate gate, EvidenceFiles evidence, ReviewHistory reviews, AuditTrail audit,
			AccountLookup accounts) {
		this.breaches = breaches;
		this.agreements = agreements;
		this.rules = rules;
		this.reviews = reviews;
		this.workflow = new ApplicationWorkflow<>("breach", breaches, BreachApplication::getReleaseLetterEvidenceId,
				b -> Map.of("status", b.getStatus(), "agreement", b.getAgreementId()), gate, evidence, audit);
		this.accounts = accounts;
	}

	@Transactional(readOnly = true)
	public List<BreachView> breaches(SignedInAccount student) {
		workflow.requireVerified(student);
		return breaches.findByAccountIdOrderByIdDesc(student.id()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public BreachView breach(SignedInAccount student, long id) {
		return view(workflow.own(student, id));
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
		BreachForm clean = rules.clean(form, false);
		return view(workflow.create(student,
				new BreachApplication(student.id(), accounts.currentCollegeId(student.id()),
						agreement.getGraduationYear(), agreementId, clean),
				"breach_one_per_agreement", "breach.exists"));
	}

	@Transactional
	public BreachView save(SignedInAccount student, long id, BreachForm form, Long version) {
		return view(workflow.save(student, id, version, b -> b.edit(rules.clean(form, false))));
	}

	/** Stores the employer's 解约函 (evidence rules apply) in place of any earlier one. */
	@Transactional
	public BreachView attachReleaseLetter(SignedInAccount student, long id, String fileName, InputStream content) {
		return view(workflow.attach(student, id, fileName, content, BreachApplication::attachReleaseLetter));
	}

	@Transactional
	public BreachView submit(SignedInAccount student, long id, Long version) {
		return view(workflow.submit(student, id, version, b -> b.edit(rules.clean(b.form(), true))));
	}

	@Transactional
	public BreachView withdraw(SignedInAccount student, long id, Long version) {
		return view(workflow.withdraw(student, id, version));
	}

	BreachView view(BreachApplication b) {
		String employer = agreements.findById(b.getAgreementId()).map(a -> a.form().getEmployerName()).orElse(null);
		return new BreachView(b.getId(), b.getAgreementId(), employer, b.getStatus(), b.getVersion(), b.form(),
				workflow.evidenceFile(b), b.getSubmittedAt(), b.getDecidedAt(), reviews.of(BreachReviews.KIND, b.getId()));
	}
}
