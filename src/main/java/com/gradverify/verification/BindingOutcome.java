package com.gradverify.verification;

/** How a binding attempt ended. */
public enum BindingOutcome {
	/** Bound; the form is pre-filled from the record. */
	BOUND,
	/**
	 * What was entered is not the account's own registry record: a typo, a record not imported yet,
	 * or another graduate's data, which answers the same.
	 */
	NO_MATCH,
	/** The account's own record is held by another account; the school is told and can release it. */
	RECORD_TAKEN
}
