package com.gradverify.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.gradverify.shared.OpenApplicationsMove;

/**
 * A kind of application that goes through the two-level review (实名认证, 协议, 违约). Each owning
 * module implements this; the review module does the queues, scoping, decisions, batch approval
 * and audit once for all of them.
 */
public interface ReviewableKind {

	/** A stable name used in URLs and the decision table, e.g. {@code VERIFICATION}. */
	String kind();

	QueuePage queue(QueueQuery query);

	Optional<ReviewTarget> target(long id);

	/**
	 * Carries out a decision on the item (its aggregate checks the transition). Called inside the
	 * review transaction after scoping and the version have been checked.
	 */
	void apply(long id, ReviewLevel level, Decision decision);

	/** The detail page's model (the template fragment {@link #detailFragment()} renders it). */
	Map<String, Object> detail(long id);

	/** The item for the JSON API: plain values, never entities. */
	ReviewDocument document(long id);

	/**
	 * The form's fields a reviewer may point at when rejecting, in the form's order; none for a kind
	 * whose rejections name no fields (any named field is then refused as unknown).
	 */
	default List<ReviewField> fields() {
		return List.of();
	}

	/** e.g. {@code verification/review :: detail}. */
	String detailFragment();

	/**
	 * Students now belong to other colleges (account id → college id, null for none): moves their
	 * items that no college has decided yet to those colleges' queues; returns what moved.
	 */
	List<OpenApplicationsMove.Moved> moveUndecided(Map<Long, Long> collegeByAccount);
}
