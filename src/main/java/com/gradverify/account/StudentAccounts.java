package com.gradverify.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Student accounts as the registry import creates and refreshes them: username = 学号, the
 * default password the last six characters of the 身份证号, to be changed at first login.
 */
public interface StudentAccounts {

	/**
	 * Creates the accounts that do not exist yet and refreshes name, college, 身份证号 and year of
	 * the ones that do, without touching their passwords. Meant for batches of thousands.
	 */
	void provision(Collection<StudentAccountSpec> students);

	/**
	 * {@link #provision} for students expected to have no account yet, as in a 届 imported for the
	 * first time: they are written by COPY, at a fraction of the upsert's cost. Should one of them
	 * have an account after all, the batch is provisioned as {@link #provision} does it, and false
	 * returned, so that a caller whose expectation failed can go on with {@link #provision}.
	 */
	boolean provisionNew(Collection<StudentAccountSpec> students);

	/** The student account with this 学号 (username), whatever its state. */
	Optional<StudentAccount> findStudent(String studentNo);

	/**
	 * Every student account of one 届 ({@code graduationYear} null: every 届) with the college it
	 * belongs to, in no particular order: what the progress dashboard counts per college.
	 */
	List<StudentPlacement> placements(Integer graduationYear);

	/** One graduate as the registry knows them; {@code idCard} is the normalised 18-character form. */
	record StudentAccountSpec(String studentNo, String name, String idCard, String collegeName, int graduationYear) {
	}

	/** A student account as other modules may see it; {@code idCard} is the normalised 18-character form. */
	record StudentAccount(long id, String studentNo, String name, String idCard, int graduationYear) {
	}

	/** A student account and its college ({@code collegeId} null: no college). */
	record StudentPlacement(long accountId, Long collegeId) {
	}
}
