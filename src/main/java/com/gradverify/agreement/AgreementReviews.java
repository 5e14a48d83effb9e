package com.gradverify.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.audit.AuditTrail;
import com.gradverify.reference.CodeTable;
import com.gradverify.review.Decision;
import com.gradverify.review.QueuePage;
import com.gradverify.review.QueueQuery;
import com.gradverify.review.ReviewDocument;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewTarget;
import com.gradverify.review.ReviewableKind;
import com.gradverify.shared.NotFoundException;

import org.springframework.stereotype.Component;

/** 协议申请 as the review module sees them. */
@Component
class AgreementReviews implements ReviewableKind {

	static final String KIND = "AGREEMENT";

	private final AgreementApplications agreements;

	private final AgreementService service;

	private final ApplicationListing listing;

	private final CodeTexts codes;

	private final AuditTrail audit;

	AgreementReviews(AgreementApplications agreements, AgreementService service, ApplicationListing listing,
			CodeTexts codes, AuditTrail audit) {
		this.agreements = agreements;
		this.service = service;
		this.listing = listing;
		this.codes = codes;
		this.audit = audit;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public QueuePage queue(QueueQuery query) {
		return listing.queue(KIND, "agreement_application", query);
	}

	@Override
	public Optional<ReviewTarget> target(long id) {
		// a draft is the graduate's alone
		return agreements.findById(id)
			.filter(a -> a.getStatus() != ApplicationState.DRAFT)
			.map(a -> new ReviewTarget(KIND, a.getId(), a.getCollegeId(), a.awaiting(), a.getVersion(), false, true));
	}

	@Override
	public void apply(long id, ReviewLevel level, Decision decision) {
		AgreementApplication application = load(id);
		application.decide(level, decision);
		agreements.saveAndFlush(application);
	}

	@Override
	public Map<String, Object> detail(long id) {
		AgreementApplication application = load(id);
		AgreementView view = service.view(application);
		return Map.of("applicant", listing.applicant(application.getAccountId()).orElseThrow(),
				"subject", view, "rows", rows(view.form()),
				"files", view.scan() == null ? List.of() : List.of(view.scan()),
				"decisions", view.decisions(), "history", audit.of("agreement", Long.toString(id)));
	}

	@Override
	public ReviewDocument document(long id) {
		AgreementView view = service.view(load(id));
		return Documents.of(KIND, id, view.status(), view.version(), view.submittedAt(), rows(view.form()),
				view.scan() == null ? null : view.scan().id(), view.decisions(),
				audit.of("agreement", Long.toString(id)));
	}

	@Override
	public String detailFragment() {
		return "agreement/review :: detail";
	}

	List<DetailRow> rows(AgreementForm f) {
		return List.of(CodeTexts.text("employer", "employerName", f.getEmployerName()),
				CodeTexts.text("employer", "creditCode", f.getCreditCode()),
				codes.code("employer", "employerNatureCode", CodeTable.EMPLOYER_NATURE, f.getEmployerNatureCode()),
				codes.code("employer", "industryCode", CodeTable.INDUSTRY, f.getIndustryCode()),
				codes.division("employer", "employerDivisionCode", f.getEmployerDivisionCode()),
				CodeTexts.text("employer", "contactPerson", f.getContactPerson()),
				CodeTexts.text("employer", "contactPhone", f.getContactPhone()),
				CodeTexts.text("agreement", "position", f.getPosition()),
				CodeTexts.text("agreement", "agreementNo", f.getAgreementNo()),
				CodeTexts.date("agreement", "signedOn", f.getSignedOn()),
				codes.code("agreement", "destinationCode", CodeTable.DESTINATION, f.getDestinationCode()));
	}

	private AgreementApplication load(long id) {
		return agreements.findById(id).orElseThrow(() -> new NotFoundException("review.notFound"));
	}
}
