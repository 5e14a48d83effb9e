package com.gradverify.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.audit.AuditTrail;
import com.gradverify.review.Decision;
import com.gradverify.review.QueuePage;
import com.gradverify.review.QueueQuery;
import com.gradverify.review.ReviewDocument;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewTarget;
import com.gradverify.review.ReviewableKind;
import com.gradverify.shared.NotFoundException;

import org.springframework.stereotype.Component;

/** 违约申请 as the review module sees them; the school's approval terminates the agreement. */
@Component
class BreachReviews implements ReviewableKind {

	static final String KIND = "BREACH";

	private final BreachApplications breaches;

	private final AgreementApplications agreements;

	private final BreachService service;

	private final ApplicationListing listing;

	private final AuditTrail audit;

	BreachReviews(BreachApplications breaches, AgreementApplications agreements, BreachService service,
			ApplicationListing listing, AuditTrail audit) {
		this.breaches = breaches;
		this.agreements = agreements;
		this.service = service;
		this.listing = listing;
		this.audit = audit;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public QueuePage queue(QueueQuery query) {
		return listing.queue(KIND, "breach_application", query);
	}

	@Override
	public Optional<ReviewTarget> target(long id) {
		return breaches.findById(id)
			.filter(b -> b.getStatus() != ApplicationState.DRAFT)
			.map(b -> new ReviewTarget(KIND, b.getId(), b.getCollegeId(), b.awaiting(), b.getVersion(), false, true));
	}

	/** In the review transaction: a final approval and the agreement's termination succeed or fail together. */
	@Override
	public void apply(long id, ReviewLevel level, Decision decision) {
		BreachApplication breach = load(id);
		breach.decide(level, decision);
		breaches.saveAndFlush(breach);
		if (breach.getStatus() == ApplicationState.APPROVED) {
			AgreementApplication agreement = agreements.findById(breach.getAgreementId()).orElseThrow();
			agreement.terminate();
			agreements.saveAndFlush(agreement);
			audit.record("system", "agreement.terminated", "agreement", Long.toString(agreement.getId()),
					Map.of("breach", id));
		}
	}

	@Override
	public Map<String, Object> detail(long id) {
		BreachApplication breach = load(id);
		BreachView view = service.view(breach);
		return Map.of("applicant", listing.applicant(breach.getAccountId()).orElseThrow(), "subject", view,
				"rows", rows(breach, view),
				"files", view.releaseLetter() == null ? List.of() : List.of(view.releaseLetter()),
				"decisions", view.decisions(), "history", audit.of("breach", Long.toString(id)));
	}

	@Override
	public ReviewDocument document(long id) {
		BreachApplication breach = load(id);
		BreachView view = service.view(breach);
		return Documents.of(KIND, id, view.status(), view.version(), view.submittedAt(), rows(breach, view),
				view.releaseLetter() == null ? null : view.releaseLetter().id(), view.decisions(),
				audit.of("breach", Long.toString(id)));
	}

	@Override
	public String detailFragment() {
		return "agreement/review :: detail";
	}

	private List<DetailRow> rows(BreachApplication breach, BreachView view) {
		String agreementNo = agreements.findById(breach.getAgreementId())
			.map(a -> a.form().getAgreementNo())
			.orElse(null);
		return List.of(CodeTexts.text("agreement", "employerName", view.agreementEmployerName()),
				CodeTexts.text("agreement", "agreementNo", agreementNo),
				CodeTexts.text("breach", "reason", view.form().getReason()),
				CodeTexts.text("breach", "newEmployerName", view.form().getNewEmployerName()));
	}

	private BreachApplication load(long id) {
		return breaches.findById(id).orElseThrow(() -> new NotFoundException("review.notFound"));
	}
}
