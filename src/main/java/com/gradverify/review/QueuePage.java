package com.gradverify.review;

import java.util.List;

/** A page of a queue with the total count for the filters; {@code graduationYear} is the 届 listed (null: every 届). */
public record QueuePage(List<QueueItem> items, long total, int page, int size, Integer graduationYear) {

	public QueuePage(List<QueueItem> items, long total, int page, int size) {
		this(items, total, page, size, null);
	}

	QueuePage inYear(Integer year) {
		return new QueuePage(items, total, page, size, year);
	}

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}
}
