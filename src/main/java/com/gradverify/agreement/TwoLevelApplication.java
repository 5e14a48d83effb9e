package com.gradverify.agreement;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import com.gradverify.review.CollegeMovable;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewStateChanged;
import com.gradverify.review.ReviewTransition;
import com.gradverify.review.TwoLevelReview;
import com.gradverify.shared.ConflictException;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What 协议 and 违约 applications share: the graduate, the college whose queue they are in, and the
 * review module's two-level review, which decides every transition (409 otherwise) and whose events
 * this aggregate raises; {@code @Version} makes a concurrent second writer fail rather than overwrite.
 */
@MappedSuperclass
@EntityListeners(ApplicationReviewItems.class)
abstract class TwoLevelApplication extends AbstractAggregateRoot<TwoLevelApplication> implements CollegeMovable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private Long collegeId;

	/** The applicant's 届, so that queues filter by it. */
	private int graduationYear;

	@Embedded
	private TwoLevelReview review = new TwoLevelReview();

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected TwoLevelApplication() {
	}

	protected TwoLevelApplication(long accountId, Long collegeId, int graduationYear) {
		this.accountId = accountId;
		this.collegeId = collegeId;
		this.graduationYear = graduationYear;
		touch();
	}

	/** The kind's name in the review module: AGREEMENT or BREACH. */
	abstract String reviewKind();

	void submit() {
		requireEditable();
		moved(review().submit());
	}

	/** Takes a submission back to draft, possible only before the college has acted. */
	void withdraw() {
		moved(review().withdraw());
	}

	/** A reviewer's decision at their level. */
	void decide(ReviewLevel level, Decision decision) {
		moved(review().decide(level, decision));
	}

	/**
	 * The graduate now belongs to another college (null: none). An application no college has decided
	 * yet (a draft, one waiting for the college, or a rejected one to submit again) follows them to
	 * that college's queue; a decided one keeps the college that decided it. A move raises the
	 * version, so that a save from a form loaded before it fails as stale.
	 *
	 * @return whether the application moved
	 */
	@Override
	public boolean moveToCollege(Long nextCollegeId) {
		if (!review().isUndecided() || Objects.equals(collegeId, nextCollegeId)) {
			return false;
		}
		collegeId = nextCollegeId;
		touch();
		return true;
	}

	/** The review level the application waits for, or null. */
	ReviewLevel awaiting() {
		return review().awaiting();
	}

	private void moved(ReviewTransition transition) {
		touch();
		registerEvent(new ReviewStateChanged(reviewKind(), id, accountId, transition));
	}

	private TwoLevelReview review() {
		// JPA hands back a null embeddable when every column is null
		if (review == null) {
			review = new TwoLevelReview();
		}
		return review;
	}

	protected void requireEditable() {
		if (!review().isEditable()) {
			throw new ConflictException("agreement.notEditable", getStatus());
		}
	}

	/** The client's version must be the current one, or someone (a reviewer, another tab) acted first. */
	void requireVersion(Long expected) {
		if (expected != null && expected != version) {
			throw new ConflictException("agreement.stale");
		}
	}

	protected void touch() {
		updatedAt = Instant.now();
	}

	/** Where it stands as the graduate and reviewers see it; {@link ApplicationState#TERMINATED} for an ended agreement. */
	ApplicationState getStatus() {
		return ApplicationState.of(review().state(), isTerminated());
	}

	/** Only an agreement a breach ended is. */
	boolean isTerminated() {
		return false;
	}

	com.gradverify.review.ReviewState getReviewState() { return review().state(); }

	@Override
	public Long getId() { return id; }
	@Override
	public long getAccountId() { return accountId; }
	@Override
	public Long getCollegeId() { return collegeId; }
	int getGraduationYear() { return graduationYear; }
	Instant getSubmittedAt() { return review().submittedAt(); }
	Instant getDecidedAt() { return review().decidedAt(); }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }
}
