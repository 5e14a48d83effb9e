/**
 * 采集批次: per 届, the window in which students submit their 实名认证 (opening and closing time, optional
 * per-college deadlines), reopening one student's application after the deadline, and the readiness
 * check before a campaign opens. Raises {@link com.gradverify.campaign.CampaignOpened} and
 * {@link com.gradverify.campaign.CampaignDeadlineApproaching} for notices.
 */
package com.gradverify.campaign;
