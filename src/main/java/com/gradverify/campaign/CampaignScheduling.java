package com.gradverify.campaign;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the announcement job ({@link CampaignAnnouncements}) on every node, whichever session store is
 * configured; the job's row makes one round run at a time cluster-wide.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CampaignScheduling {
}
