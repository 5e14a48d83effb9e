package com.gradverify.review;

/**
 * What the review module needs to know of one reviewable item, read from its aggregate, to check a
 * reviewer may act on it: its college, the level it waits for (null when it waits for nobody) and its
 * version.
 */
public record ReviewTarget(String kind, long id, Long collegeId, ReviewLevel awaiting, long version) {
}
