package com.gradverify.agreement;

import java.util.List;
import java.util.Map;

import com.gradverify.audit.AuditTrail;
import com.gradverify.verification.Applicants;

import org.springframework.stereotype.Component;

/** 违约申请 as the review module sees them; the school's approval terminates the agreement. */
@Component
class BreachReviews extends ApplicationReviews<BreachApplication, BreachView> {

	static final String KIND = "BREACH";

	private final AgreementApplications agreements;

	private final AuditTrail audit;

	BreachReviews(BreachApplications breaches, AgreementApplications agreements, BreachService service,
			Applicants applicants, AuditTrail audit) {
		super(KIND, breaches, service, applicants);
		this.agreements = agreements;
		this.audit = audit;
	}

	/** In the review transaction: a final approval and the agreement's termination succeed or fail together. */
	@Override
	void decided(BreachApplication breach) {
		if (breach.getStatus() == ApplicationState.APPROVED) {
			AgreementApplication agreement = agreements.findById(breach.getAgreementId()).orElseThrow();
			agreement.terminate();
			agreements.saveAndFlush(agreement);
			audit.record("system", "agreement.terminated", "agreement", Long.toString(agreement.getId()),
					Map.of("breach", breach.getId()));
		}
	}

	@Override
	List<DetailRow> rows(BreachApplication breach, BreachView view) {
		String agreementNo = agreements.findById(breach.getAgreementId())
			.map(a -> a.form().getAgreementNo())
			.orElse(null);
		return List.of(CodeTexts.text("agreement", "employerName", view.agreementEmployerName()),
				CodeTexts.text("agreement", "agreementNo", agreementNo),
				CodeTexts.text("breach", "reason", view.form().getReason()),
				CodeTexts.text("breach", "newEmployerName", view.form().getNewEmployerName()));
	}
}
