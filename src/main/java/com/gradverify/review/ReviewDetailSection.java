package com.gradverify.review;

import java.util.Map;

/**
 * Something another module shows on a review detail page beside the item itself, such as the
 * student's open change requests. Implemented as beans by the modules that own that data.
 */
public interface ReviewDetailSection {

	boolean appliesTo(String kind);

	/** The template fragment, called with the model as its one parameter, e.g. {@code amendment/review :: section}. */
	String fragment();

	Map<String, Object> model(long subjectId);

	/** A section ready to render. */
	record Rendered(String fragment, Map<String, Object> model) {
	}
}
