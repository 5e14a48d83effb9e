package com.gradverify.review;

/**
 * The order of a review queue: by one column, then by kind and item so that every order is total
 * (paging and previous/next never skip or repeat an item).
 */
public record QueueSort(Key key, boolean descending) {

	/** First submitted first: the order in which the work arrived. */
	public static final QueueSort DEFAULT = new QueueSort(Key.SUBMITTED_AT, false);

	public QueueSort {
		key = key == null ? Key.SUBMITTED_AT : key;
	}

	/** A column a reviewer may sort by. */
	public enum Key {
		SUBMITTED_AT, STUDENT_NO, NAME, MISMATCHES, CHANGED
	}
}
