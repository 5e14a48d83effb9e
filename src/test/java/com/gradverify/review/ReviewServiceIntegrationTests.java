package com.gradverify.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.review.QueueQuery.QueueState;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;
import com.gradverify.verification.VerificationView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The two-level review on PostgreSQL: every transition, the illegal ones, scoping and concurrency. */
@IntegrationTest
class ReviewServiceIntegrationTests {

	private static final String KIND = "VERIFICATION";

	@Autowired
	ReviewService reviews;

	@Autowired
	ReviewHistory history;

	@Autowired
	AuditTrail audit;

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	JdbcClient jdbc;

	Graduates graduates;

	long collegeA;

	long collegeB;

	SignedInAccount reviewerA;

	SignedInAccount reviewerB;

	SignedInAccount school;

	@BeforeEach
	void setUp() {
		graduates = new Graduates(jdbc, binding, verification);
		collegeA = graduates.college();
		collegeB = graduates.college();
		reviewerA = graduates.reviewer(Role.COLLEGE_REVIEWER, collegeA);
		reviewerB = graduates.reviewer(Role.COLLEGE_REVIEWER, collegeB);
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
	}

	@Test
	void collegeThenSchoolApprovalVerifiesTheGraduateAndRecordsBothDecisions() {
		Graduate graduate = graduates.graduate(collegeA);
		long id = graduates.submitted(graduate).applicationId();

		reviews.decide(reviewerA, KIND, id, Decision.APPROVE, null, null);
		assertThat(status(graduate)).isEqualTo(ReviewState.COLLEGE_APPROVED);
		reviews.decide(school, KIND, id, Decision.APPROVE, "  材料齐全 ", null);

		assertThat(status(graduate)).isEqualTo(ReviewState.APPROVED);
		assertThat(history.of(KIND, id)).extracting(ReviewRecord::level, ReviewRecord::decision, ReviewRecord::comment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ReviewLevel.COLLEGE, Decision.APPROVE, null),
					org.assertj.core.groups.Tuple.tuple(ReviewLevel.SCHOOL, Decision.APPROVE, "材料齐全"));
		assertThat(audit.of("verification", Long.toString(id))).extracting(AuditTrail.AuditEntry::action)
			.contains("review.approve");
	}

	@Test
	void aLowercaseKindStillRecordsUnderTheCanonicalKind() {
		Graduate graduate = graduates.graduate(collegeA);
		long id = graduates.submitted(graduate).applicationId();

		reviews.decide(reviewerA, "verification", id, Decision.REJECT, "请核对民族", null);

		assertThat(history.of(KIND, id)).singleElement().extracting(ReviewRecord::comment).isEqualTo("请核对民族");
		assertThat(verification.view(graduate.account()).reviews()).hasSize(1);
	}

	@Test
	void rejectionNeedsACommentAndMakesTheFormEditableAndResubmittable() {
		Graduate graduate = graduates.graduate(collegeA);
		long id = graduates.submitted(graduate).applicationId();

		assertThatThrownBy(() -> reviews.decide(reviewerA, KIND, id, Decision.REJECT, "   ", null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations()).extracting(v -> v.field() + ":" + v.code())
						.containsExactly("comment:review.comment.required"));
		assertThat(status(graduate)).isEqualTo(ReviewState.SUBMITTED);

		reviews.decide(reviewerA, KIND, id, Decision.REJECT, "家庭地址不完整", null);

		VerificationView rejected = verification.view(graduate.account());
		assertThat(rejected.status()).isEqualTo(ReviewState.REJECTED);
		assertThat(rejected.editable()).isTrue();
		VerificationView resubmitted = verification.submit(graduate.account(), rejected.version());
		assertThat(resubmitted.status()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	void schoolRejectionAndReturnToCollege() {
		Graduate rejected = graduates.graduate(collegeA);
		long rejectedId = graduates.submitted(rejected).applicationId();
		reviews.decide(reviewerA, KIND, rejectedId, Decision.APPROVE, null, null);
		reviews.decide(school, KIND, rejectedId, Decision.REJECT, "生源地有误", null);
		assertThat(status(rejected)).isEqualTo(ReviewState.REJECTED);

		Graduate returned = graduates.graduate(collegeA);
		long returnedId = graduates.submitted(returned).applicationId();
		reviews.decide(reviewerA, KIND, returnedId, Decision.APPROVE, null, null);
		reviews.decide(school, KIND, returnedId, Decision.RETURN, "请学院复核", null);
		assertThat(status(returned)).isEqualTo(ReviewState.SUBMITTED);
		assertThat(waitingIds(reviewerA)).contains(returnedId);
	}

	@Test
	void illegalTransitionsAreConflicts() {
		Graduate graduate = graduates.graduate(collegeA);
		long id = graduates.submitted(graduate).applicationId();

		assertThatThrownBy(() -> reviews.decide(school, KIND, id, Decision.APPROVE, null, null))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("review.notAwaiting"));
		assertThatThrownBy(() -> reviews.decide(reviewerA, KIND, id, Decision.RETURN, "x", null))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("review.returnOnlyBySchool"));

		reviews.decide(reviewerA, KIND, id, Decision.APPROVE, null, null);
		assertThatThrownBy(() -> reviews.decide(reviewerA, KIND, id, Decision.APPROVE, null, null))
			.isInstanceOf(ConflictException.class);
		reviews.decide(school, KIND, id, Decision.APPROVE, null, null);
		for (SignedInAccount reviewer : List.of(reviewerA, school)) {
			assertThatThrownBy(() -> reviews.decide(reviewer, KIND, id, Decision.REJECT, "太晚了", null))
				.isInstanceOf(ConflictException.class);
		}
		assertThat(status(graduate)).isEqualTo(ReviewState.APPROVED);
	}

	@Test
	void aStaleVersionIsAConflictNotAnOverwrite() {
		Graduate graduate = graduates.graduate(collegeA);
		long id = graduates.submitted(graduate).applicationId();
		long seen = reviews.target(reviewerA, KIND, id).version();
		SignedInAccount colleague = graduates.reviewer(Role.COLLEGE_REVIEWER, collegeA);

		reviews.decide(colleague, KIND, id, Decision.REJECT, "民族填写有误", seen);

		assertThatThrownBy(() -> reviews.decide(reviewerA, KIND, id, Decision.APPROVE, null, seen))
			.isInstanceOf(ConflictException.class);
		assertThat(status(graduate)).isEqualTo(ReviewState.REJECTED);
		assertThat(history.of(KIND, id)).hasSize(1);
	}

	@Test
	void twoReviewersDecidingAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
		Graduate graduate = graduates.graduate(collegeA);
		long id = graduates.submitted(graduate).applicationId();
		long seen = reviews.target(reviewerA, KIND, id).version();
		SignedInAccount colleague = graduates.reviewer(Role.COLLEGE_REVIEWER, collegeA);
		var barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> approve = pool.submit(() -> {
				barrier.await();
				reviews.decide(reviewerA, KIND, id, Decision.APPROVE, null, seen);
				return null;
			});
			Future<?> reject = pool.submit(() -> {
				barrier.await();
				reviews.decide(colleague, KIND, id, Decision.REJECT, "信息有误", seen);
				return null;
			});
			List<Throwable> failures = new java.util.ArrayList<>();
			for (Future<?> f : List.of(approve, reject)) {
				try {
					f.get();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					failures.add(ex.getCause());
				}
			}
			assertThat(failures).singleElement()
				.satisfies(ex -> assertThat(ex).isInstanceOfAny(ConflictException.class,
						OptimisticLockingFailureException.class));
		}
		finally {
			pool.shutdown();
		}
		assertThat(history.of(KIND, id)).hasSize(1);
		assertThat(status(graduate)).isIn(ReviewState.COLLEGE_APPROVED, ReviewState.REJECTED);
	}

	@Test
	void aCollegeReviewerSeesAndDecidesOnlyTheirCollege() {
		Graduate ofA = graduates.graduate(collegeA);
		long id = graduates.submitted(ofA).applicationId();

		assertThat(waitingIds(reviewerA)).contains(id);
		assertThat(waitingIds(reviewerB)).doesNotContain(id);
		// asking for college A's queue does not widen a college B reviewer's scope
		var widened = new QueueQuery(null, collegeA, null, null, QueueState.ALL, null, null, null, null, null, 0, 100);
		assertThat(reviews.queue(reviewerB, KIND, widened).items()).extracting(QueueItem::id).doesNotContain(id);
		assertThatThrownBy(() -> reviews.detail(reviewerB, KIND, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reviews.document(reviewerB, KIND, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reviews.decide(reviewerB, KIND, id, Decision.APPROVE, null, null))
			.isInstanceOf(NotFoundException.class);
		assertThat(status(ofA)).isEqualTo(ReviewState.SUBMITTED);
		// the school sees every college, and can narrow to one
		var onlyA = new QueueQuery(null, collegeA, null, null, QueueState.ALL, null, null, null, null, null, 0, 100);
		assertThat(reviews.queue(school, KIND, onlyA).items()).extracting(QueueItem::id).contains(id);
	}

	@Test
	void draftsAndUnknownIdsAreNotFoundAndNonReviewersAreDenied() {
		Graduate drafting = graduates.graduate(collegeA);
		long draftId = verification.view(drafting.account()).applicationId();

		assertThatThrownBy(() -> reviews.detail(reviewerA, KIND, draftId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reviews.detail(school, KIND, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> reviews.detail(school, "AGREEMENT", draftId)).isInstanceOf(NotFoundException.class);
		SignedInAccount admin = graduates.reviewer(Role.ADMIN, null);
		assertThatThrownBy(() -> reviews.queue(admin, KIND, query(QueueState.ALL)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> reviews.decide(drafting.account(), KIND, draftId, Decision.APPROVE, null, null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void queueFiltersAndMasksTheIdCard() {
		Graduate clean = graduates.graduate(collegeA);
		long cleanId = graduates.submitted(clean).applicationId();
		Graduate mismatched = graduates.graduate(collegeA);
		long mismatchedId = graduates.submittedWithMismatch(mismatched).applicationId();
		Graduate unbound = graduates.graduate(collegeA);
		long unboundId = graduates.submittedUnbound(unbound).applicationId();

		assertThat(ids(reviewerA, new QueueQuery(null, null, null, null, null, true, null, null, null, null, 0, 100)))
			.contains(mismatchedId).doesNotContain(cleanId, unboundId);
		assertThat(ids(reviewerA, new QueueQuery(null, null, null, null, null, null, true, null, null, null, 0, 100)))
			.contains(unboundId).doesNotContain(cleanId, mismatchedId);
		assertThat(ids(reviewerA, new QueueQuery(null, null, null, null, null, null, null, null, null,
				clean.account().username(), 0, 100)))
			.containsExactly(cleanId);
		QueuePage page = reviews.queue(reviewerA, KIND,
				new QueueQuery(null, null, null, null, null, null, null, null, null, clean.account().username(), 0, 20));
		QueueItem row = page.items().get(0);
		assertThat(row.maskedIdCard()).isEqualTo(clean.idCard().substring(0, 6) + "*".repeat(12));
		assertThat(row.mismatchCount()).isZero();
		assertThat(row.bound()).isTrue();
		assertThat(page.total()).isEqualTo(1);
	}

	@Test
	void batchApprovalApprovesOnlyCleanBoundOnesOfTheReviewersCollegeAndSaysWhyNotForTheRest() {
		long approvable = graduates.submitted(graduates.graduate(collegeA)).applicationId();
		long mismatched = graduates.submittedWithMismatch(graduates.graduate(collegeA)).applicationId();
		long unbound = graduates.submittedUnbound(graduates.graduate(collegeA)).applicationId();
		long otherCollege = graduates.submitted(graduates.graduate(collegeB)).applicationId();

		ReviewService.BatchResult result = reviews.batchApprove(reviewerA, KIND,
				List.of(approvable, mismatched, unbound, otherCollege));

		assertThat(result.approved()).containsExactly(approvable);
		assertThat(result.refused()).extracting(r -> r.id() + ":" + r.reasonCode())
			.containsExactlyInAnyOrder(mismatched + ":review.batch.mismatches", unbound + ":review.batch.unbound",
					otherCollege + ":review.notFound");
		assertThat(waitingIds(reviewerA)).doesNotContain(approvable).contains(mismatched, unbound);
		assertThat(waitingIds(reviewerB)).contains(otherCollege);
	}

	private ReviewState status(Graduate graduate) {
		return verification.view(graduate.account()).status();
	}

	private List<Long> waitingIds(SignedInAccount reviewer) {
		return ids(reviewer, query(QueueState.WAITING));
	}

	private List<Long> ids(SignedInAccount reviewer, QueueQuery query) {
		return reviews.queue(reviewer, KIND, query).items().stream().map(QueueItem::id).toList();
	}

	private static QueueQuery query(QueueState state) {
		return new QueueQuery(null, null, null, null, state, null, null, null, null, null, 0, 100);
	}
}
