package com.gradverify.review;

/**
 * What the review module needs to know of one reviewable item to check a reviewer may act on it:
 * its college, the level it waits for (null when it waits for nobody) and its version; and for batch
 * approval whether it has 不匹配 marks, is bound, and how many registry-held fields the student changed
 * (已修改), which batch approval leaves for an individual review.
 */
public record ReviewTarget(String kind, long id, Long collegeId, ReviewLevel awaiting, long version,
		boolean hasMismatches, boolean bound, int changedCount) {

	/** A target of a kind that has no registry to change from. */
	public ReviewTarget(String kind, long id, Long collegeId, ReviewLevel awaiting, long version, boolean hasMismatches,
			boolean bound) {
		this(kind, id, collegeId, awaiting, version, hasMismatches, bound, 0);
	}
}
