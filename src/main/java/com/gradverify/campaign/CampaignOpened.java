package com.gradverify.campaign;

import java.time.Instant;

/**
 * A 采集批次 became open to the students of {@code graduationYear}: its opening time passed, or it was
 * created or extended while open. Raised once per {@code (campaignId, closesAt)} in the transaction
 * that recorded it, so a notice keyed on both is sent once per announcement.
 */
public record CampaignOpened(long campaignId, int graduationYear, String name, Instant opensAt, Instant closesAt) {
}
