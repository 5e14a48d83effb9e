package com.gradverify.review.web;

import java.util.regex.Pattern;

import com.gradverify.review.ReviewService.ItemLink;
import com.gradverify.review.ReviewService.Neighbours;

/**
 * The queue a reviewer opened an item from: its query string (filters, order, page) and the items
 * before and after this one in it, carried through the detail page and its decision form so the
 * reviewer goes on to the next item, or back to the same queue, without losing their filters. Values
 * that come back from a form are checked: a query string of URL-safe characters only, items as
 * {@code KIND/id}, so no redirect can leave the review pages.
 */
public record QueueContext(String query, String previousItem, String nextItem) {

	private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9%&=._~+*-]{1,2000}");

	private static final Pattern ITEM = Pattern.compile("[A-Za-z_]{1,40}/\\d{1,18}");

	public QueueContext {
		query = query != null && SAFE_QUERY.matcher(query).matches() ? query : null;
		previousItem = item(previousItem);
		nextItem = item(nextItem);
	}

	static QueueContext of(String query, Neighbours neighbours) {
		return new QueueContext(query, path(neighbours.previous()), path(neighbours.next()));
	}

	/** The queue as the reviewer left it. */
	public String queueUrl() {
		return "/reviews" + suffix();
	}

	public String previousUrl() {
		return previousItem == null ? null : "/reviews/" + previousItem + suffix();
	}

	public String nextUrl() {
		return nextItem == null ? null : "/reviews/" + nextItem + suffix();
	}

	/** What a link from the queue to an item appends, so the item knows its queue. */
	public String suffix() {
		return query == null ? "" : "?" + query;
	}

	private static String path(ItemLink link) {
		return link == null ? null : link.kind() + "/" + link.id();
	}

	private static String item(String value) {
		return value != null && ITEM.matcher(value).matches() ? value : null;
	}
}
