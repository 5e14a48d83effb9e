package com.gradverify.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.review.CollegeMovable;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewDocument;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewRecord;
import com.gradverify.review.ReviewState;
import com.gradverify.review.ReviewTarget;
import com.gradverify.review.ReviewableKind;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.Applicants;

/**
 * A {@link TwoLevelApplication} kind as the review module sees it: queued by the review module from
 * the aggregate's events, reviewable once submitted, decided by the shared state
 * machine, shown with its one evidence file and its {@code subject}'s audit history.
 */
abstract class ApplicationReviews<A extends TwoLevelApplication, V> implements ReviewableKind {

	private final String kind;

	private final String subject;

	private final TwoLevelApplications<A> store;

	private final Applicants applicants;

	protected final AuditTrail audit;

	ApplicationReviews(String kind, String subject, TwoLevelApplications<A> store, Applicants applicants,
			AuditTrail audit) {
		this.kind = kind;
		this.subject = subject;
		this.store = store;
		this.applicants = applicants;
		this.audit = audit;
	}

	abstract V view(A application);

	abstract EvidenceFile evidenceFile(V view);

	abstract List<ReviewRecord> decisions(V view);

	abstract List<DetailRow> rows(A application, V view);

	/** In the review transaction, after a decision was saved. */
	void decided(A application) {
	}

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public List<Moved> moveUndecided(Map<Long, Long> collegeByAccount) {
		List<Moved> moved = CollegeMovable.moveAll(store.findByAccountIdIn(collegeByAccount.keySet()), collegeByAccount);
		// the loaded applications are managed: flushing writes the moves and their new versions now
		store.flush();
		return moved;
	}

	@Override
	public Optional<ReviewTarget> target(long id) {
		// a draft is the graduate's alone
		return store.findById(id)
			.filter(a -> a.getReviewState() != ReviewState.DRAFT)
			.map(a -> new ReviewTarget(kind, a.getId(), a.getCollegeId(), a.awaiting(), a.getVersion()));
	}

	@Override
	public void apply(long id, ReviewLevel level, Decision decision) {
		A application = load(id);
		application.decide(level, decision);
		store.saveAndFlush(application);
		decided(application);
	}

	@Override
	public Map<String, Object> detail(long id) {
		A application = load(id);
		V view = view(application);
		EvidenceFile file = evidenceFile(view);
		return Map.of("applicant", applicants.ofAccount(application.getAccountId()).orElseThrow(), "subject", view,
				"rows", rows(application, view), "files", file == null ? List.of() : List.of(file),
				"decisions", decisions(view), "history", audit.of(subject, Long.toString(id)));
	}

	@Override
	public ReviewDocument document(long id) {
		A application = load(id);
		V view = view(application);
		EvidenceFile file = evidenceFile(view);
		return Documents.of(kind, id, application.getStatus(), application.getVersion(),
				application.getSubmittedAt(), rows(application, view), file == null ? null : file.id(),
				decisions(view), audit.of(subject, Long.toString(id)));
	}

	@Override
	public String detailFragment() {
		return "agreement/review :: detail";
	}

	private A load(long id) {
		return store.findById(id).orElseThrow(() -> new NotFoundException("review.notFound"));
	}
}
