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
 * The graduate's side of 违约申请: only against their own approved agreement, one per agreement,
 * behind the same {@link VerifiedGate} as the agreement itself.
 */
@Service
public class BreachService {

	static final String EVIDENCE_PURPOSE = "breach";

	private final BreachApplications breaches;

	private final AgreementApplications agreements;

	private final AgreementRules rules;

	private final VerifiedGate gate;

	private final EvidenceFiles evidence;

	private final ReviewHistory reviews;

	private final AuditTrail audit;

	BreachService(BreachApplications breaches, AgreementApplications agreements, AgreementRules rules,
			VerifiedGate gate, EvidenceFiles evidence, ReviewHistory reviews, AuditTrail audit) {
		this.breaches = breaches;
		this.agreements = agreements;
		this.rules = rules;
		this.gate = gate;
		this.evidence = evidence;
		this.reviews = reviews;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<BreachView> breaches(SignedInAccount student) {
		gate.requireVerified(student.id());
		return breaches.findByAccountIdOrderByIdDesc(student.id()).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public BreachView breach(SignedInAccount student, long id) {
		gate.requireVerified(student.id());
		return view(own(student, id));
	}

	@Transactional
	public BreachView create(SignedInAccount student, long agreementId, BreachForm form) {
		gate.requireVerified(student.id());
		AgreementApplication agreement = agreements.findById(agreementId)
			.filter(a -> a.getAccountId() == student.id())
			.orElseThrow(() -> new NotFoundException("agreement.notFound"));
		if (agreement.getStatus() != ApplicationState.APPROVED) {
			throw new ConflictException("breach.agreementNotApproved");
		}
		BreachForm clean = rules.clean(form, false);
		BreachApplication breach;
		try {
			breach = breaches.saveAndFlush(new BreachApplication(student.id(), student.collegeId(), agreementId, clean));
		}
		catch (DataIntegrityViolationException ex) {
			if (Constraints.violated(ex, "breach_one_per_agreement")) {
				throw new ConflictException("breach.exists");
			}
			throw ex;
		}
		record(student, breach, "breach.created");
		return view(breach);
	}

	@Transactional
	public BreachView save(SignedInAccount student, long id, BreachForm form, Long version) {
		gate.requireVerified(student.id());
		BreachApplication breach = own(student, id);
		breach.requireVersion(version);
		breach.edit(rules.clean(form, false));
		return view(breaches.saveAndFlush(breach));
	}

	/** Stores the employer's 解约函 (evidence rules apply) in place of any earlier one. */
	@Transactional
	public BreachView attachReleaseLetter(SignedInAccount student, long id, String fileName, InputStream content) {
		gate.requireVerified(student.id());
		BreachApplication breach = own(student, id);
		Long previous = breach.getReleaseLetterEvidenceId();
		EvidenceFile file = evidence.store(student.id(), EVIDENCE_PURPOSE, fileName, content);
		breach.attachReleaseLetter(file.id());
		breaches.saveAndFlush(breach);
		Evidence.discardIfUnlocked(evidence, previous, student.id());
		return view(breach);
	}

	@Transactional
	public BreachView submit(SignedInAccount student, long id, Long version) {
		gate.requireVerified(student.id());
		BreachApplication breach = own(student, id);
		breach.requireVersion(version);
		breach.edit(rules.clean(breach.form(), true));
		breach.submit();
		evidence.lock(List.of(breach.getReleaseLetterEvidenceId()));
		breaches.saveAndFlush(breach);
		record(student, breach, "breach.submitted");
		return view(breach);
	}

	@Transactional
	public BreachView withdraw(SignedInAccount student, long id, Long version) {
		gate.requireVerified(student.id());
		BreachApplication breach = own(student, id);
		breach.requireVersion(version);
		breach.withdraw();
		breaches.saveAndFlush(breach);
		record(student, breach, "breach.withdrawn");
		return view(breach);
	}

	private BreachApplication own(SignedInAccount student, long id) {
		return breaches.findById(id)
			.filter(b -> b.getAccountId() == student.id())
			.orElseThrow(() -> new NotFoundException("breach.notFound"));
	}

	private void record(SignedInAccount student, BreachApplication breach, String action) {
		audit.record(student.username(), action, "breach", Long.toString(breach.getId()),
				Map.of("status", breach.getStatus(), "agreement", breach.getAgreementId()));
	}

	BreachView view(BreachApplication b) {
		EvidenceFile letter = b.getReleaseLetterEvidenceId() == null ? null
				: evidence.find(b.getReleaseLetterEvidenceId()).orElse(null);
		String employer = agreements.findById(b.getAgreementId()).map(a -> a.form().getEmployerName()).orElse(null);
		return new BreachView(b.getId(), b.getAgreementId(), employer, b.getStatus(), b.getVersion(), b.form(), letter,
				b.getSubmittedAt(), b.getDecidedAt(), reviews.of(BreachReviews.KIND, b.getId()));
	}
}
