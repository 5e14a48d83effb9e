package com.gradverify.campaign;

import com.gradverify.shared.ConflictException;

/**
 * A student tried to submit or withdraw outside their collection window (409, problem code
 * {@code COLLECTION_CLOSED}); the message names the campaign and its dates.
 */
public class CollectionClosedException extends ConflictException {

	public static final String CODE = "COLLECTION_CLOSED";

	CollectionClosedException(CollectionWindow window) {
		super(CODE, window.closedMessageArgs());
	}
}
