package com.gradverify.shared.web;

/**
 * Something the layout shows on every page beside the page's own content, read from the database for
 * the signed-in account (the notification bell's unread count, a campaign's deadline banner). A module
 * declares one as a bean; the layout reads its value as {@code ${layout.get('name')}} ({@link LayoutData}). Every part shown on a page is read in one
 * read-only transaction, on one connection, and only if the page's template asks for any: so a part
 * adds one query to a page, never a transaction or a wait for a connection of its own.
 *
 * @param <T> what the template gets
 */
public interface LayoutPart<T> {

	/** The name the layout reads the part by. */
	String name();

	/**
	 * Whether the request's account sees this part at all (e.g. students only), decided without the
	 * database; when no part is shown the page opens no transaction for the layout.
	 */
	boolean shown();

	/** The part's value, read within the layout's transaction; only called when {@link #shown()}. */
	T read();

	/** What the layout gets when the part is not shown (e.g. an empty list). */
	T hidden();
}
