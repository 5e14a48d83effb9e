package com.gradverify.account;

import java.util.List;

/**
 * An import changed existing student accounts (name, 身份证号, year or college), published in the
 * transaction that changed them; each with the college the student now belongs to, so that the
 * modules whose applications a college reviews can follow a move.
 */
public record StudentAccountsRefreshed(List<RefreshedStudent> students) {

	public StudentAccountsRefreshed {
		students = List.copyOf(students);
	}

	/** {@code collegeId} is null when the registry names no college the catalog knows. */
	public record RefreshedStudent(long accountId, Long collegeId) {
	}
}
