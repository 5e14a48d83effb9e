package com.gradverify.amendment;

/** The school's decision on one field of a change request: 采纳 (the registry is corrected) or 不采纳. */
public enum FieldOutcome {
	/** 采纳: the claimed value corrects the registry when the request is approved. */
	ACCEPTED,
	/** 不采纳: the registry keeps its value; the field carries the reviewer's reason. */
	REJECTED
}
