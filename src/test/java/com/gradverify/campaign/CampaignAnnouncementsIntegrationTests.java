package com.gradverify.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.gradverify.campaign.Campaign.CampaignDefinition;
import com.gradverify.campaign.Campaign.CollegeDeadline;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CampaignOpened} and {@link CampaignDeadlineApproaching} are raised once each: when a campaign
 * is created open, again only when extended, by the job when an opening passes or a deadline nears, and
 * never twice when two nodes run the job at the same moment.
 */
@IntegrationTest
@RecordApplicationEvents
class CampaignAnnouncementsIntegrationTests {

	static final AtomicInteger YEARS = new AtomicInteger(2011);

	@Autowired
	Campaigns campaigns;

	@Autowired
	CampaignAnnouncements announcements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aCampaignCreatedOpenIsAnnouncedOnceAndAgainWhenExtended() {
		int year = YEARS.getAndIncrement();
		Instant now = Instant.now();
		CampaignView created = campaigns.create(year,
				new CampaignDefinition("采集", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)), List.of()),
				"school");
		assertThat(opened(created.id())).hasSize(1);
		announcements.runRound(now);
		assertThat(opened(created.id())).hasSize(1);

		CampaignView renamed = campaigns.change(created.id(), new CampaignDefinition("改名", created.opensAt(),
				created.closesAt(), List.of()), created.version(), "school");
		assertThat(opened(created.id())).hasSize(1);
		Instant later = created.closesAt().plus(Duration.ofDays(7));
		CampaignView extended = campaigns.change(created.id(), new CampaignDefinition("改名", created.opensAt(), later,
				List.of()), renamed.version(), "school");
		assertThat(opened(created.id())).extracting(CampaignOpened::closesAt)
			.containsExactly(created.closesAt(), later);

		// brought forward again: nobody is told the window opened
		campaigns.change(created.id(), new CampaignDefinition("改名", created.opensAt(),
				later.minus(Duration.ofDays(3)), List.of()), extended.version(), "school");
		assertThat(opened(created.id())).hasSize(2);
	}

	@Test
	void twoNodesRunningTheJobAtOnceRaiseEachAnnouncementOnce() throws Exception {
		int year = YEARS.getAndIncrement();
		Instant now = Instant.now();
		long college = jdbc.sql("insert into college (name) values (:name) returning id")
			.param("name", "公告学院" + year + "-" + System.nanoTime())
			.query(Long.class)
			.single();
		// opens in an hour, closes in two days (within the 3-day lead), the college's deadline in one
		CampaignView campaign = campaigns.create(year, new CampaignDefinition("采集", now.plus(Duration.ofHours(1)),
				now.plus(Duration.ofDays(2)), List.of(new CollegeDeadline(college, now.plus(Duration.ofDays(1))))),
				"school");
		assertThat(opened(campaign.id())).isEmpty();
		// the rounds as if run just after the opening
		Instant round = now.plus(Duration.ofHours(1)).plusSeconds(1);
		Instant before = jdbc.sql("select now()").query(java.time.OffsetDateTime.class).single().toInstant();

		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			var barrier = new CyclicBarrier(2);
			Callable<Integer> node = () -> {
				barrier.await();
				return announcements.runRound(round);
			};
			List<Future<Integer>> runs = nodes.invokeAll(List.of(node, node));
			int raised = 0;
			for (Future<Integer> run : runs) {
				raised += run.get();
			}
			// one event per announcement recorded, whichever node recorded it (others' campaigns may be due too)
			assertThat(raised).isEqualTo(jdbc.sql("select count(*) from campaign_announcement where raised_at >= :before")
				.param("before", java.sql.Timestamp.from(before))
				.query(Integer.class)
				.single());
		}
		finally {
			nodes.shutdown();
		}
		// the nodes' threads inherit the test's event recording: one event each, and a later round adds none
		for (int pass = 0; pass < 2; pass++) {
			assertThat(opened(campaign.id())).hasSize(1);
			assertThat(events.stream(CampaignDeadlineApproaching.class).filter(e -> e.campaignId() == campaign.id()))
				.extracting(CampaignDeadlineApproaching::collegeId)
				.containsExactlyInAnyOrder(null, college);
			announcements.runRound(round);
		}
		// opened once, the closing and the college's deadline approaching once each
		assertThat(jdbc.sql("select kind || ':' || coalesce(college_id, 0) from campaign_announcement where campaign_id = :id")
			.param("id", campaign.id())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("OPENED:0", "DEADLINE:0", "DEADLINE:" + college);
	}

	@Test
	void theRoundRaisesTheEventsInTheCallersThread() {
		int year = YEARS.getAndIncrement();
		Instant now = Instant.now();
		CampaignView campaign = campaigns.create(year, new CampaignDefinition("采集", now.plus(Duration.ofHours(1)),
				now.plus(Duration.ofDays(10)), List.of()), "school");
		assertThat(opened(campaign.id())).isEmpty();
		announcements.runRound(now.plus(Duration.ofHours(1)).plusSeconds(1));
		assertThat(opened(campaign.id())).singleElement()
			.satisfies(e -> assertThat(e.graduationYear()).isEqualTo(year));
		// the closing is ten days away: not yet approaching
		assertThat(events.stream(CampaignDeadlineApproaching.class).filter(e -> e.campaignId() == campaign.id()))
			.isEmpty();
		announcements.runRound(now.plus(Duration.ofDays(8)));
		assertThat(events.stream(CampaignDeadlineApproaching.class).filter(e -> e.campaignId() == campaign.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.collegeId()).isNull());
	}

	@Test
	void theJobIsScheduledWhateverTheSessionStore(
			@Autowired org.springframework.scheduling.config.ScheduledTaskHolder scheduler) {
		assertThat(scheduler.getScheduledTasks()).map(task -> task.getTask().getRunnable().toString())
			.anySatisfy(task -> assertThat(task).contains(CampaignAnnouncements.class.getName() + ".onSchedule"));
	}

	private List<CampaignOpened> opened(long campaignId) {
		return events.stream(CampaignOpened.class).filter(e -> e.campaignId() == campaignId).toList();
	}
}
