package com.gradverify.review;

/**
 * An item of {@code kind} moved in its review: raised by its aggregate on every transition, in the
 * transaction that made it, for side effects such as notices to the student. {@code itemId} is null
 * only for an aggregate never stored.
 */
public record ReviewStateChanged(String kind, Long itemId, long accountId, ReviewTransition transition) {

	public ReviewState from() {
		return transition.from();
	}

	public ReviewState to() {
		return transition.to();
	}
}
