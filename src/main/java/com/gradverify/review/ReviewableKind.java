package com.gradverify.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of application that goes through the two-level review (实名认证, 协议, 违约). Each owning
 * module implements this, embeds {@link TwoLevelReview} in its aggregate and raises
 * {@link ReviewItemChanged} on every change of it and {@link ReviewStateChanged} on every transition;
 * the review module does the queues (from its own table), scoping, decisions, batch review, audit and
 * the detail page and API document (from the kind's typed {@link ReviewDetail}) once for all of them.
 */
public interface ReviewableKind {

	/**
	 * A stable name used in URLs and the decision table, e.g. {@code VERIFICATION}; the message
	 * {@code review.kind.<name>} says it to people, and the audit trail files the items' entries under
	 * the lower-case name (their history on the detail page).
	 */
	String kind();

	/** The item as its aggregate stands now; a draft is the student's alone and not found. */
	Optional<ReviewTarget> target(long id);

	/**
	 * Carries out a decision on the item (its aggregate checks the transition). Called inside the
	 * review transaction after scoping and the version have been checked.
	 */
	void apply(long id, ReviewLevel level, Decision decision);

	/**
	 * The item as a reviewer reads it, on the detail page (the template {@code review/detail-body}
	 * renders it) and in the JSON API ({@link ReviewDocument}): plain values, never entities. Its rows'
	 * names and values are also the form as a rejection records it, to tell later what changed.
	 */
	ReviewDetail detail(long id);

	/**
	 * The form's fields a reviewer may point at when rejecting, in the form's order; none for a kind
	 * whose rejections name no fields (any named field is then refused as unknown).
	 */
	default List<ReviewField> fields() {
		return List.of();
	}

	/**
	 * Students now belong to other colleges (account id → college id, null for none): moves their
	 * items that no college has decided yet (a draft, one waiting for the college, or a rejected one
	 * the student will submit again) to those colleges' queues, each through its aggregate, which
	 * raises its version so that a save from a form loaded before the move fails as stale. Decided
	 * items keep the college that decided them. Called in the caller's transaction with at most
	 * {@link Moved#MAX_ACCOUNTS} accounts; returns what moved.
	 */
	List<Moved> moveUndecided(Map<Long, Long> collegeByAccount);

	/** An item moved from one college to another (either may be null). */
	record Moved(long applicationId, Long fromCollegeId, Long toCollegeId) {

		/** The most accounts one {@link ReviewableKind#moveUndecided} call is given. */
		public static final int MAX_ACCOUNTS = 1000;
	}
}
