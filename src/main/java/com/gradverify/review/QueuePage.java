package com.gradverify.review;

import java.util.List;

/** A page of a queue with the total count for the filters. */
public record QueuePage(List<QueueItem> items, long total, int page, int size) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
