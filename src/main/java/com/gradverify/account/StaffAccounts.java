package com.gradverify.account;

/** Reviewer and administrator accounts, for modules that set up staff (e.g. the demo data). */
public interface StaffAccounts {

	/**
	 * Creates the staff account unless one with this username exists (which is then left as it
	 * is). {@code collegeName} is required for {@link Role#COLLEGE_REVIEWER} and must name an
	 * existing college; the password must satisfy the password rules. Returns whether it was created.
	 */
	boolean createIfAbsent(String username, String displayName, Role role, String collegeName, String rawPassword,
			boolean mustChangePassword);
}
