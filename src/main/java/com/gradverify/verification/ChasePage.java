package com.gradverify.verification;

import java.util.List;

/** One page of a chase list: {@code page} counts from 0; {@code total} is the whole list's size. */
public record ChasePage(List<ChaseStudent> items, long total, int page, int size) {

	public ChasePage {
		items = List.copyOf(items);
	}

	public int pages() {
		return (int) ((total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}
}
