package com.gradverify.verification;

import com.gradverify.shared.MajorCode;

/**
 * Which verified graduates a roster lists: one 届, one college and/or one 专业代码, or everyone when null.
 * A malformed 专业代码 is refused ({@link com.gradverify.shared.InvalidValueException}).
 */
public record RosterFilter(Integer graduationYear, Long collegeId, String majorCode) {

	public RosterFilter {
		majorCode = majorCode == null || majorCode.isBlank() ? null : MajorCode.of(majorCode).value();
	}

	/** Of every 届. */
	public RosterFilter(Long collegeId, String majorCode) {
		this(null, collegeId, majorCode);
	}

	public static RosterFilter everyone() {
		return new RosterFilter(null, null, null);
	}
}
