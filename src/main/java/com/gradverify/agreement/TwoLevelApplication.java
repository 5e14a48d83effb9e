package com.gradverify.agreement;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import com.gradverify.review.CollegeMovable;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.shared.ConflictException;

/**
 * The review state machine that 协议 and 违约 applications share: draft → submitted → college
 * approved → approved, rejection at either level back to an editable state, withdrawal before the
 * college acts. Every transition checks the current state (409 otherwise); {@code @Version} makes a
 * concurrent second writer fail rather than overwrite.
 */
@MappedSuperclass
abstract class TwoLevelApplication implements CollegeMovable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private Long collegeId;

	/** The applicant's 届, so that queues filter by it from this module's own table. */
	private int graduationYear;

	@Enumerated(EnumType.STRING)
	private ApplicationState status = ApplicationState.DRAFT;

	private Instant submittedAt;

	private Instant decidedAt;

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

	void submit() {
		requireEditable();
		submittedAt = Instant.now();
		moveTo(ApplicationState.SUBMITTED);
	}

	/** Takes a submission back to draft, possible only before the college has acted. */
	void withdraw() {
		require(ApplicationState.SUBMITTED);
		moveTo(ApplicationState.DRAFT);
	}

	/** A reviewer's decision at their level. */
	void decide(ReviewLevel level, Decision decision) {
		ApplicationState awaited = level == ReviewLevel.COLLEGE ? ApplicationState.SUBMITTED
				: ApplicationState.COLLEGE_APPROVED;
		if (decision == Decision.RETURN && level != ReviewLevel.SCHOOL) {
			throw new ConflictException("review.returnOnlyBySchool");
		}
		require(awaited);
		switch (decision) {
			case APPROVE -> {
				if (level == ReviewLevel.SCHOOL) {
					decidedAt = Instant.now();
				}
				moveTo(level == ReviewLevel.COLLEGE ? ApplicationState.COLLEGE_APPROVED : ApplicationState.APPROVED);
			}
			case REJECT -> {
				decidedAt = Instant.now();
				moveTo(ApplicationState.REJECTED);
			}
			case RETURN -> moveTo(ApplicationState.SUBMITTED);
		}
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
		boolean undecided = status == ApplicationState.DRAFT || status == ApplicationState.SUBMITTED
				|| status == ApplicationState.REJECTED;
		if (!undecided || Objects.equals(collegeId, nextCollegeId)) {
			return false;
		}
		collegeId = nextCollegeId;
		touch();
		return true;
	}

	/** The review level the application waits for, or null. */
	ReviewLevel awaiting() {
		return switch (status) {
			case SUBMITTED -> ReviewLevel.COLLEGE;
			case COLLEGE_APPROVED -> ReviewLevel.SCHOOL;
			default -> null;
		};
	}

	protected void moveTo(ApplicationState next) {
		status = next;
		touch();
	}

	protected void requireEditable() {
		if (!status.isEditable()) {
			throw new ConflictException("agreement.notEditable", status);
		}
	}

	protected void require(ApplicationState expected) {
		if (status != expected) {
			throw new ConflictException("agreement.illegalTransition", status);
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

	@Override
	public Long getId() { return id; }
	@Override
	public long getAccountId() { return accountId; }
	@Override
	public Long getCollegeId() { return collegeId; }
	int getGraduationYear() { return graduationYear; }
	ApplicationState getStatus() { return status; }
	Instant getSubmittedAt() { return submittedAt; }
	Instant getDecidedAt() { return decidedAt; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }
}
