package com.gradverify.verification;

/** How a binding attempt ended. */
public enum BindingOutcome {
	/** Bound; the form is pre-filled from the record. */
	BOUND,
	/** No registry record of this school matches what was entered. */
	NO_MATCH,
	/** The matching record is another account's. */
	RECORD_TAKEN
}
