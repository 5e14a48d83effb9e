package com.gradverify.campaign;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gradverify.campaign.*}: how long a node keeps a 届's campaigns for the students' pages
 * ({@code window-cache-ttl}, so another node's edit shows within it; submissions always read afresh),
 * how long before a deadline it is announced as approaching ({@code deadline-lead}), and how often the
 * announcement job runs ({@code announcement-interval}).
 */
@ConfigurationProperties("gradverify.campaign")
record CampaignProperties(@DefaultValue("30s") Duration windowCacheTtl, @DefaultValue("3d") Duration deadlineLead,
		@DefaultValue("1m") Duration announcementInterval) {
}
