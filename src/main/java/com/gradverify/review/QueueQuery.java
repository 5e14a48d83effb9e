package com.gradverify.review;

import java.time.LocalDate;

import com.gradverify.shared.MajorCode;

/**
 * A review queue's filters. {@code collegeId} is forced to the reviewer's own college for college
 * reviewers; {@code state} is {@code WAITING} (the level's own work), {@code DECIDED} or {@code ALL};
 * {@code graduationYear} is the 届 listed (null: every 届).
 */
public record QueueQuery(ReviewLevel level, Integer graduationYear, Long collegeId, String majorCode,
		String className, QueueState state, Boolean hasMismatches, Boolean unbound, LocalDate submittedFrom,
		LocalDate submittedTo, String search, int page, int size, QueueSort sort) {

	public QueueQuery {
		page = Math.max(page, 0);
		size = size <= 0 ? 20 : Math.min(size, 100);
		state = state == null ? QueueState.WAITING : state;
		majorCode = MajorCode.normalize(majorCode);
		sort = sort == null ? QueueSort.DEFAULT : sort;
	}

	/** In the default order: first submitted first. */
	public QueueQuery(ReviewLevel level, Integer graduationYear, Long collegeId, String majorCode, String className,
			QueueState state, Boolean hasMismatches, Boolean unbound, LocalDate submittedFrom, LocalDate submittedTo,
			String search, int page, int size) {
		this(level, graduationYear, collegeId, majorCode, className, state, hasMismatches, unbound, submittedFrom,
				submittedTo, search, page, size, QueueSort.DEFAULT);
	}

	/** Every 届. */
	public QueueQuery(ReviewLevel level, Long collegeId, String majorCode, String className, QueueState state,
			Boolean hasMismatches, Boolean unbound, LocalDate submittedFrom, LocalDate submittedTo, String search,
			int page, int size) {
		this(level, null, collegeId, majorCode, className, state, hasMismatches, unbound, submittedFrom, submittedTo,
				search, page, size);
	}

	public QueueQuery forCollege(Long forcedCollegeId) {
		return new QueueQuery(level, graduationYear, forcedCollegeId, majorCode, className, state, hasMismatches,
				unbound, submittedFrom, submittedTo, search, page, size, sort);
	}

	/** The same filters at another level and page. */
	QueueQuery at(ReviewLevel otherLevel, int otherPage, int otherSize) {
		return new QueueQuery(otherLevel, graduationYear, collegeId, majorCode, className, state, hasMismatches,
				unbound, submittedFrom, submittedTo, search, otherPage, otherSize, sort);
	}

	public enum QueueState {
		WAITING, DECIDED, ALL
	}
}
