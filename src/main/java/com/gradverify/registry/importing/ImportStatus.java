package com.gradverify.registry.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state and report of one import. {@code errors} holds the first rejected values by row
 * ({@code errorsShown} of {@code errorCount}); all of them are in the errors CSV. Once the import
 * has ended, {@code problemGroups} sums them up by column and reason, and {@code createdColleges}
 * and {@code createdMajors} name what it added to the school's catalogue.
 */
public record ImportStatus(UUID id, String status, String fileName, int graduationYear, int processed, int total,
		int inserted, int updated, int unchanged, int rejected, String failureReason, String startedBy,
		Instant startedAt, Instant finishedAt, long errorCount, List<ImportError> errors,
		List<ProblemGroup> problemGroups, List<CreatedCollege> createdColleges, List<CreatedMajor> createdMajors) {

	/** Rows named per problem group; the errors CSV lists every one. */
	public static final int EXAMPLE_ROWS = 5;

	public boolean running() {
		return "RUNNING".equals(status);
	}

	/** Percentage of rows done, for the progress bar. */
	public int percent() {
		if (!running()) {
			return 100;
		}
		return total == 0 ? 0 : (int) Math.min(100, processed * 100L / total);
	}

	/** The rejected values of one column for one reason: how many, and the first rows they are in. */
	public record ProblemGroup(String column, String reason, long count, List<Integer> exampleRows) {

		/** Whether more rows have this problem than {@code exampleRows} names. */
		public boolean more() {
			return count > exampleRows.size();
		}
	}

	/** A college the import added to the catalogue, and whether it has a 学院审核 account yet. */
	public record CreatedCollege(String name, boolean hasReviewer) {
	}

	/** A major the import added to the catalogue. */
	public record CreatedMajor(String code, String name) {
	}
}
