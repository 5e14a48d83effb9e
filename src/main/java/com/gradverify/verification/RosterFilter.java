package com.gradverify.verification;

/** Which verified graduates a roster lists: one college and/or one 专业代码, or everyone when null. */
public record RosterFilter(Long collegeId, String majorCode) {

	public RosterFilter {
		majorCode = majorCode == null || majorCode.isBlank() ? null : majorCode.strip();
	}

	public static RosterFilter everyone() {
		return new RosterFilter(null, null);
	}
}
