package com.gradverify.registry.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state and report of one import. {@code errors} holds the first rejected values by row
 * ({@code errorsShown} of {@code errorCount}); all of them are in the errors CSV.
 */
public record ImportStatus(UUID id, String status, String fileName, int graduationYear, int processed, int total,
		int inserted, int updated, int unchanged, int rejected, String failureReason, String startedBy,
		Instant startedAt, Instant finishedAt, long errorCount, List<ImportError> errors) {

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
}
