package com.gradverify.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.evidence.EvidenceFile;
import com.gradverify.review.CollegeMovable;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewDetail;
import com.gradverify.review.ReviewDetail.Text;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewState;
import com.gradverify.review.ReviewTarget;
import com.gradverify.review.ReviewableKind;
import com.gradverify.shared.NotFoundException;
import com.gradverify.verification.Applicant;
import com.gradverify.verification.Applicants;

/**
 * A {@link TwoLevelApplication} kind as the review module sees it: queued by the review module from
 * the aggregate's events, reviewable once submitted, decided by the shared state
 * machine, shown with its applicant, its fields by section and its one evidence file.
 */
abstract class ApplicationReviews<A extends TwoLevelApplication, V extends ApplicationView> implements ReviewableKind {

	private final String kind;

	private final TwoLevelApplications<A> store;

	private final StudentApplications<A, ?, V> service;

	private final Applicants applicants;

	ApplicationReviews(String kind, TwoLevelApplications<A> store, StudentApplications<A, ?, V> service,
			Applicants applicants) {
		this.kind = kind;
		this.store = store;
		this.service = service;
		this.applicants = applicants;
	}

	/** The application's fields in the order the reviewer reads them, each under its section. */
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
	public ReviewDetail detail(long id) {
		A application = load(id);
		V view = service.view(application);
		Applicant applicant = applicants.ofAccount(application.getAccountId()).orElseThrow();
		EvidenceFile file = view.evidence();
		Map<String, List<ReviewDetail.Row>> bySection = new LinkedHashMap<>();
		rows(application, view).forEach(
				r -> bySection.computeIfAbsent(r.section(), section -> new ArrayList<>()).add(r.row()));
		String status = application.getStatus().name();
		return new ReviewDetail(applicant.name(), applicant.studentNo(), status, Text.of("agreement.status." + status),
				application.getSubmittedAt(), List.of(), List.of(), List.of(), null, applicantSection(applicant),
				bySection.entrySet()
					.stream()
					.map(e -> new ReviewDetail.Section(e.getKey(), Text.of("agreement.section." + e.getKey()),
							e.getValue()))
					.toList(),
				List.of(new ReviewDetail.Evidence("application-evidence", Text.of("agreement.review.evidence"),
						file == null ? List.of() : List.of(file))));
	}

	/** Who applies, from the 实名认证 the application required. */
	private static ReviewDetail.Section applicantSection(Applicant applicant) {
		return new ReviewDetail.Section("applicant", Text.of("agreement.review.applicant"),
				List.of(applicantRow("idCard", "agreement.review.idCard", applicant.idCard()),
						applicantRow("collegeName", "agreement.review.college", applicant.collegeName()),
						applicantRow("majorName", "agreement.review.major", applicant.majorName()),
						applicantRow("className", "agreement.review.class", applicant.className()),
						applicantRow("mobile", "agreement.review.mobile", applicant.mobile())));
	}

	private static ReviewDetail.Row applicantRow(String name, String labelCode, String value) {
		return ReviewDetail.Row.of(name, Text.of(labelCode), value, null);
	}

	private A load(long id) {
		return store.findById(id).orElseThrow(() -> new NotFoundException("review.notFound"));
	}
}
