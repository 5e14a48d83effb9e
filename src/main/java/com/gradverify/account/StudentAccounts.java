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
	 * belongs to and whether it ever signed in, in no particular order: what the progress dashboard
	 * counts per college and the chase lists (催办名单) list.
	 */
	List<StudentPlacement> placements(Integer graduationYear);

	/**
	 * How many student accounts of the 届 exist, and how many of them have ever signed in (with a
	 * password, an API token or WeChat; as the chase lists' 从未登录 counts them): what the readiness
	 * check before a campaign opens reports.
	 */
	SignInCounts signInCounts(int graduationYear);

	/** The student accounts of one 届 and those of them that have signed in. */
	record SignInCounts(long accounts, long signedIn) {
	}

	/** One graduate as the registry knows them; {@code idCard} is the normalised 18-character form. */
	record StudentAccountSpec(String studentNo, String name, String idCard, String collegeName, int graduationYear) {
	}

	/** A student account as other modules may see it; {@code idCard} is the normalised 18-character form. */
	record StudentAccount(long id, String studentNo, String name, String idCard, int graduationYear) {
	}

	/**
	 * A student account and its college ({@code collegeId} null: no college); {@code idCard} is the
	 * normalised 18-character form, {@code signedIn} whether the account has ever signed in (with a
	 * password, an API token or WeChat).
	 */
	record StudentPlacement(long accountId, Long collegeId, String studentNo, String name, String idCard,
			boolean signedIn) {
	}
}
