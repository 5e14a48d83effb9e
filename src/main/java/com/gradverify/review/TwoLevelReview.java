package com.gradverify.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.gradverify.shared.ConflictException;

/**
 * The two-level review as one value the reviewable aggregates embed (实名认证, 协议, 违约): draft →
 * submitted → college approved → approved; rejection at either level back to an editable state;
 * withdrawal before the college acts; the school may return an item to the college. Every
 * transition checks the current state and who acts, and answers a 409 otherwise; the aggregate
 * raises {@link ReviewStateChanged} with what it returns. Its columns are the owning table's
 * {@code status}, {@code submitted_at} and {@code decided_at}.
 */
@Embeddable
public class TwoLevelReview {

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private ReviewState status = ReviewState.DRAFT;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	public ReviewTransition submit() {
		if (!status.isEditable()) {
			throw illegal();
		}
		submittedAt = Instant.now();
		return moveTo(ReviewState.SUBMITTED, null, null);
	}

	/** Takes a submission back to draft, possible only before the college has acted. */
	public ReviewTransition withdraw() {
		require(ReviewState.SUBMITTED);
		return moveTo(ReviewState.DRAFT, null, null);
	}

	/** A reviewer's decision at their level; RETURN is the school's alone. */
	public ReviewTransition decide(ReviewLevel level, Decision decision) {
		if (decision == Decision.RETURN && level != ReviewLevel.SCHOOL) {
			throw new ConflictException("review.returnOnlyBySchool");
		}
		require(ReviewState.waitingFor(level));
		return switch (decision) {
			case APPROVE -> {
				if (level == ReviewLevel.SCHOOL) {
					decidedAt = Instant.now();
				}
				yield moveTo(level == ReviewLevel.COLLEGE ? ReviewState.COLLEGE_APPROVED : ReviewState.APPROVED, level,
						decision);
			}
			case REJECT -> {
				decidedAt = Instant.now();
				yield moveTo(ReviewState.REJECTED, level, decision);
			}
			case RETURN -> moveTo(ReviewState.SUBMITTED, level, decision);
		};
	}

	/**
	 * Starts over as an empty draft whatever the state, never submitted nor decided: an administrator
	 * took away what the form was built on (a binding to another graduate's record).
	 */
	public ReviewTransition restart() {
		submittedAt = null;
		decidedAt = null;
		return moveTo(ReviewState.DRAFT, null, null);
	}

	public ReviewState state() {
		return status == null ? ReviewState.DRAFT : status;
	}

	public boolean isEditable() {
		return state().isEditable();
	}

	public boolean isUndecided() {
		return state().isUndecided();
	}

	/** The level the item waits for, or null. */
	public ReviewLevel awaiting() {
		return state().awaiting();
	}

	/** When the student last submitted it; null if never. */
	public Instant submittedAt() {
		return submittedAt;
	}

	/** When the school approved it or a reviewer rejected it last; null if neither. */
	public Instant decidedAt() {
		return decidedAt;
	}

	private ReviewTransition moveTo(ReviewState next, ReviewLevel level, Decision decision) {
		ReviewState previous = state();
		status = next;
		return new ReviewTransition(previous, next, level, decision);
	}

	private void require(ReviewState expected) {
		if (state() != expected) {
			throw illegal();
		}
	}

	private ConflictException illegal() {
		return new ConflictException("review.illegalTransition", state());
	}
}
