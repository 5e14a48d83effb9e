package com.gradverify.account;

/** What an account may do. A college reviewer is scoped to one college. */
public enum Role {
	STUDENT, COLLEGE_REVIEWER, SCHOOL_REVIEWER, ADMIN
}
