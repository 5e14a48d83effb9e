package com.gradverify.notification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.account.CollegeReviewers;
import com.gradverify.account.CollegeReviewers.Reviewer;
import com.gradverify.account.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One message a day per reviewer, instead of one per item: what came to their level the day before
 * (Asia/Shanghai) within their scope. A college reviewer hears of their own college's new and
 * resubmitted items, a school reviewer of the items the colleges passed on to the school. Reviewers
 * with nothing new get nothing. Sent once cluster-wide per day: the notice's key is the day, so a
 * second node (or a second run) writes nothing again; a run skips at once when the day's digest exists.
 */
@Component
class ReviewerDigest {

	private static final Logger log = LoggerFactory.getLogger(ReviewerDigest.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Arrivals are kept this many days for the digest, then removed. */
	private static final int KEPT_DAYS = 7;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final CollegeReviewers reviewers;

	private final NotificationProperties properties;

	ReviewerDigest(JdbcClient jdbc, Outbox outbox, CollegeReviewers reviewers, NotificationProperties properties) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.reviewers = reviewers;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${gradverify.notification.digest-check-interval:10m}",
			initialDelayString = "${gradverify.notification.worker.interval:15s}")
	void scheduled() {
		ZonedDateTime now = ZonedDateTime.now(CHINA);
		if (properties.worker().enabled() && now.getHour() >= properties.digestHour()) {
			send(now.toLocalDate());
		}
	}

	/** The digest of the day before {@code day}; the number of reviewers it went to (0 when sent already). */
	@Transactional
	int send(LocalDate day) {
		String eventKey = "digest:" + day;
		if (jdbc.sql("select exists (select 1 from notification where event_key = :key)")
			.param("key", eventKey)
			.query(Boolean.class)
			.single()) {
			return 0;
		}
		Map<Long, int[]> college = new HashMap<>();
		int[] school = new int[1];
		jdbc.sql("""
				select level, college_id, resubmitted, count(*) as items from notification_review_arrival
				where arrived_at >= :from and arrived_at < :to group by level, college_id, resubmitted""")
			.param("from", Timestamp.from(day.minusDays(1).atStartOfDay(CHINA).toInstant()))
			.param("to", Timestamp.from(day.atStartOfDay(CHINA).toInstant()))
			.query(rs -> {
				int items = rs.getInt("items");
				if ("SCHOOL".equals(rs.getString("level"))) {
					school[0] += items;
				}
				else if (rs.getObject("college_id") != null) {
					college.computeIfAbsent(rs.getLong("college_id"), c -> new int[2])[rs.getBoolean("resubmitted") ? 1
							: 0] += items;
				}
			});
		int sent = 0;
		for (Reviewer reviewer : reviewers.reviewers()) {
			Notice notice = null;
			if (reviewer.role() == Role.COLLEGE_REVIEWER && college.containsKey(reviewer.collegeId())) {
				int[] counts = college.get(reviewer.collegeId());
				notice = new Notice(eventKey, Topic.DIGEST, "notification.digest.college",
						List.of(Integer.toString(counts[0]), Integer.toString(counts[1])), "/reviews");
			}
			else if (reviewer.role() == Role.SCHOOL_REVIEWER && school[0] > 0) {
				notice = new Notice(eventKey, Topic.DIGEST, "notification.digest.school",
						List.of(Integer.toString(school[0])), "/reviews");
			}
			if (notice != null) {
				sent += outbox.write(notice, Outbox.Recipient.now(List.of(reviewer.accountId())), null);
			}
		}
		jdbc.sql("delete from notification_review_arrival where arrived_at < :before")
			.param("before", Timestamp.from(day.minusDays(KEPT_DAYS).atStartOfDay(CHINA).toInstant()))
			.update();
		log.info("Reviewers' digest of {}: {} reviewers told", day.minusDays(1), sent);
		return sent;
	}
}
