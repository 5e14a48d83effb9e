package com.gradverify.campaign;

import java.time.Instant;

/**
 * A deadline of a 采集批次 is near: the campaign's closing time when {@code collegeId} is null, otherwise
 * that college's own deadline. Raised once per {@code (campaignId, collegeId, deadline)}, in the
 * transaction that recorded it; who still has to act is the listener's question.
 */
public record CampaignDeadlineApproaching(long campaignId, int graduationYear, Long collegeId, Instant deadline) {
}
