package com.gradverify.verification;

import com.gradverify.shared.MajorCode;

/**
 * Which verified graduates a roster lists: one college and/or one 专业代码, or everyone when null.
 * A malformed 专业代码 is refused ({@link com.gradverify.shared.InvalidValueException}).
 */
public record RosterFilter(Long collegeId, String majorCode) {

	public RosterFilter {
		majorCode = majorCode == null || majorCode.isBlank() ? null : MajorCode.of(majorCode).value();
	}

	public static RosterFilter everyone() {
		return new RosterFilter(null, null);
	}
}
