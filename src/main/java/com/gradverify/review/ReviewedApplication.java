package com.gradverify.review;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What every two-level reviewed application of a student holds, whatever its kind: the student, their
 * 届, the college whose queue it is in and its {@link TwoLevelReview}, which decides every transition
 * (409 otherwise). Each transition raises a {@link ReviewStateChanged} of {@link #reviewKind()};
 * {@code @Version} makes a concurrent second writer fail rather than overwrite. A kind adds its form
 * and the steps only it has.
 */
@MappedSuperclass
public abstract class ReviewedApplication extends AbstractAggregateRoot<ReviewedApplication>
		implements CollegeMovable {

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

	protected ReviewedApplication() {
	}

	protected ReviewedApplication(long accountId, Long collegeId, int graduationYear) {
		this.accountId = accountId;
		this.collegeId = collegeId;
		this.graduationYear = graduationYear;
		touch();
	}

	/** The kind's name in the review module, e.g. VERIFICATION or AGREEMENT. */
	public abstract String reviewKind();

	/** Takes a submission back to draft, possible only before the college has acted. */
	public void withdraw() {
		moved(review().withdraw());
	}

	/** A reviewer's decision at their level (the review's rules say which are legal). */
	public void decide(ReviewLevel level, Decision decision) {
		moved(review().decide(level, decision));
	}

	/**
	 * An application no college has decided yet (a draft, one waiting for the college, or a rejected
	 * one the student will submit again) follows its student to their new college's queue; a decided
	 * one keeps the college that decided it. A move raises the version, so that a save from a form
	 * loaded before it fails as stale.
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

	/** Records a transition the review made and tells other modules of it. */
	protected final void moved(ReviewTransition transition) {
		touch();
		registerEvent(new ReviewStateChanged(reviewKind(), id, accountId, transition));
	}

	protected final TwoLevelReview review() {
		// JPA hands back a null embeddable when every column is null
		if (review == null) {
			review = new TwoLevelReview();
		}
		return review;
	}

	protected final void touch() {
		updatedAt = Instant.now();
	}

	/** The review level the application waits for, or null. */
	public ReviewLevel awaiting() {
		return review().awaiting();
	}

	public ReviewState getReviewState() { return review().state(); }

	@Override
	public Long getId() { return id; }
	@Override
	public long getAccountId() { return accountId; }
	@Override
	public Long getCollegeId() { return collegeId; }
	public int getGraduationYear() { return graduationYear; }
	public Instant getSubmittedAt() { return review().submittedAt(); }
	public Instant getDecidedAt() { return review().decidedAt(); }
	public Instant getCreatedAt() { return createdAt; }
	public Instant getUpdatedAt() { return updatedAt; }
	public long getVersion() { return version; }
}
