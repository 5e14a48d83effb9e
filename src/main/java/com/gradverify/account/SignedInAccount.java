package com.gradverify.account;

/**
 * Who is making the current request, as the other modules see it. Controllers take it as a
 * method parameter (pages and API alike); {@code collegeId} is set for college reviewers and
 * students, {@code graduationYear} for students. Serializable because it lives in the HTTP session.
 */
public record SignedInAccount(long id, String username, String displayName, Role role, Long collegeId,
		Integer graduationYear) implements java.io.Serializable {

	public boolean is(Role other) {
		return role == other;
	}
}
