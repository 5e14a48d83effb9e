/**
 * 采集批次: per 届, the window in which students submit and withdraw their 实名认证 (opening and closing
 * time, optional per-college deadlines within it; several campaigns of one 届 never overlap), reopening
 * one student's application after the deadline, and the readiness check before a campaign opens.
 * <p>
 * Public API: {@link com.gradverify.campaign.CollectionWindows} (the verification module asks it at
 * submit and withdraw, and its pages for the deadline and countdown), {@link
 * com.gradverify.campaign.CollectionWindow} and {@link com.gradverify.campaign.CollectionClosedException}
 * (409 {@code COLLECTION_CLOSED}), {@link com.gradverify.campaign.Campaigns#defineIfNone} for seeding, and
 * the events {@link com.gradverify.campaign.CampaignOpened} and {@link
 * com.gradverify.campaign.CampaignDeadlineApproaching}, each raised once, in the transaction that records
 * it in {@code campaign_announcement}. A 届 without any campaign is always open.
 */
package com.gradverify.campaign;
