package com.gradverify.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises {@link CampaignOpened} and {@link CampaignDeadlineApproaching}, each once, in the transaction
 * that records it in {@code campaign_announcement}: a raise is an insert that the table's unique index
 * lets through once per {@code (campaign, OPENED, closesAt)} or {@code (campaign, DEADLINE, college or
 * none, deadline)}; a second node inserting the same row waits for the first's commit and then inserts
 * nothing, so it raises nothing. The scheduled round runs once cluster-wide at a time: it claims
 * {@code campaign_job}'s row with {@code FOR UPDATE SKIP LOCKED} (as the account module's jobs do), and
 * a node finding it locked skips the round.
 */
@Component
class CampaignAnnouncements {

	static final String JOB = "announcements";

	private static final Logger log = LoggerFactory.getLogger(CampaignAnnouncements.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Duration lead;

	CampaignAnnouncements(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions,
			CampaignProperties properties) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.lead = properties.deadlineLead();
	}

	@Scheduled(fixedDelayString = "${gradverify.campaign.announcement-interval:1m}",
			initialDelayString = "${gradverify.campaign.announcement-interval:1m}")
	void onSchedule() {
		try {
			int raised = runRound(Instant.now());
			if (raised > 0) {
				log.info("Raised {} campaign announcement(s)", raised);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Campaign announcements failed; the next round tries again", ex);
		}
	}

	/**
	 * One round, unless another node is running one: announces every campaign whose window is open at
	 * {@code now} and every deadline within the lead time. Answers how many events were raised (0 when
	 * skipped or nothing was due).
	 */
	int runRound(Instant now) {
		Integer raised = transactions.execute(tx -> {
			boolean claimed = jdbc.sql("select name from campaign_job where name = :name for update skip locked")
				.param("name", JOB)
				.query(String.class)
				.optional()
				.isPresent();
			if (!claimed) {
				return 0;
			}
			jdbc.sql("update campaign_job set last_run_at = now() where name = :name").param("name", JOB).update();
			return announceOpen(now) + announceDeadlines(now);
		});
		return raised == null ? 0 : raised;
	}

	/**
	 * Announces the campaign as open if it is open at {@code now} and this closing time was not announced
	 * yet; in the caller's transaction (a campaign created or extended while open).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean announceIfOpen(Campaign campaign, Instant now) {
		if (campaign.getOpensAt().isAfter(now) || !campaign.getClosesAt().isAfter(now)) {
			return false;
		}
		return announceOpened(campaign.getId(), campaign.getGraduationYear(), campaign.getName(),
				campaign.getOpensAt(), campaign.getClosesAt());
	}

	private int announceOpen(Instant now) {
		List<OpenCampaign> open = jdbc.sql("""
				select id, graduation_year, name, opens_at, closes_at from campaign
				where opens_at <= :now and closes_at > :now""")
			.param("now", java.sql.Timestamp.from(now))
			.query(OpenCampaign.class)
			.list();
		int raised = 0;
		for (OpenCampaign c : open) {
			if (announceOpened(c.id(), c.graduationYear(), c.name(), c.opensAt(), c.closesAt())) {
				raised++;
			}
		}
		return raised;
	}

	private int announceDeadlines(Instant now) {
		var params = new java.util.HashMap<String, Object>();
		params.put("now", java.sql.Timestamp.from(now));
		params.put("horizon", java.sql.Timestamp.from(now.plus(lead)));
		// the campaign's own closing time (college null) and each college's deadline, once the campaign opened
		List<Deadline> due = jdbc.sql("""
				select c.id as campaign_id, c.graduation_year, null::bigint as college_id, c.closes_at as deadline
				from campaign c
				where c.opens_at <= :now and c.closes_at > :now and c.closes_at <= :horizon
				union all
				select c.id, c.graduation_year, d.college_id, d.deadline
				from campaign c join campaign_college_deadline d on d.campaign_id = c.id
				where c.opens_at <= :now and d.deadline > :now and d.deadline <= :horizon
				  -- a college deadline at the closing is reminded as the closing, not a second time
				  and d.deadline < c.closes_at""")
			.params(params)
			.query(Deadline.class)
			.list();
		int raised = 0;
		for (Deadline d : due) {
			if (record(d.campaignId(), "DEADLINE", d.collegeId(), d.deadline())) {
				events.publishEvent(new CampaignDeadlineApproaching(d.campaignId(), d.graduationYear(), d.collegeId(),
						d.deadline()));
				raised++;
			}
		}
		return raised;
	}

	/** Announced once per closing time, and only for one later than any announced: shortening tells nobody. */
	private boolean announceOpened(long campaignId, int graduationYear, String name, Instant opensAt, Instant closesAt) {
		boolean extended = jdbc.sql("""
				select not exists (select 1 from campaign_announcement
				                   where campaign_id = :campaign and kind = 'OPENED' and at >= :at)""")
			.param("campaign", campaignId)
			.param("at", java.sql.Timestamp.from(closesAt))
			.query(Boolean.class)
			.single();
		if (!extended || !record(campaignId, "OPENED", null, closesAt)) {
			return false;
		}
		events.publishEvent(new CampaignOpened(campaignId, graduationYear, name, opensAt, closesAt));
		return true;
	}

	/** Records the announcement; false when it was recorded before (by this node or another). */
	private boolean record(long campaignId, String kind, Long collegeId, Instant at) {
		return jdbc.sql("""
				insert into campaign_announcement (campaign_id, kind, college_id, at)
				values (:campaign, :kind, :college, :at)
				on conflict (campaign_id, kind, coalesce(college_id, 0), at) do nothing""")
			.param("campaign", campaignId)
			.param("kind", kind)
			.param("college", collegeId, java.sql.Types.BIGINT)
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	private record OpenCampaign(long id, int graduationYear, String name, Instant opensAt, Instant closesAt) {
	}

	private record Deadline(long campaignId, int graduationYear, Long collegeId, Instant deadline) {
	}
}
