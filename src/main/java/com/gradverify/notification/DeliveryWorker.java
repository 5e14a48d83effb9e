package com.gradverify.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox, safely on several nodes at once. A run claims, per channel, the rows that are
 * due in one short transaction: it locks the channel's usage row ({@code FOR UPDATE SKIP LOCKED}: a
 * node finding it locked leaves the channel to the node holding it this time), takes no more rows
 * than the channel's per-minute limit and daily budget leave ({@code FOR UPDATE SKIP LOCKED} again),
 * marks them SENDING for a lease and counts them. Over the daily budget the due rows are DEFERRED to
 * the next day, never dropped. It then sends each claimed row outside any transaction and records
 * the outcome: SENT; tried again after an exponential back-off and FAILED after the last try; DEFERRED
 * when the provider asks to slow down or its own quota is used up; FAILED at once when the message
 * can never be delivered. A node that dies mid-send loses its lease and another node takes the row
 * over. The outbox's unique idempotency keys keep any message from being queued twice; logs name
 * the account, never the address.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final int ERROR_LENGTH = 200;

	/** A row is sent only while its lease has at least this long to run, so no send outlives the claim. */
	private static final Duration SEND_MARGIN = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final List<DeliveryChannel> channels;

	private final NotificationTexts texts;

	private final NotificationProperties.Worker settings;

	private final Backoff backoff;

	private final ExecutorService senders;

	DeliveryWorker(JdbcClient jdbc, TransactionTemplate transactions, List<DeliveryChannel> channels,
			NotificationTexts texts, NotificationProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.channels = channels;
		this.texts = texts;
		this.settings = properties.worker();
		this.backoff = new Backoff(settings.backoff(), settings.maxBackoff());
		AtomicInteger threads = new AtomicInteger();
		this.senders = Executors.newFixedThreadPool(settings.concurrency(), task -> {
			Thread thread = new Thread(task, "notification-sender-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Scheduled(fixedDelayString = "${gradverify.notification.worker.interval:15s}",
			initialDelayString = "${gradverify.notification.worker.interval:15s}")
	void scheduled() {
		if (settings.enabled()) {
			runOnce();
		}
	}

	/**
	 * One round over every channel; the number of rows it sent. A channel's claimed rows go out
	 * {@code worker.concurrency} at a time, since each send mostly waits for the provider.
	 */
	int runOnce() {
		int sent = 0;
		for (DeliveryChannel channel : channels) {
			List<Future<Boolean>> sends = new ArrayList<>();
			for (Claimed row : claim(channel)) {
				sends.add(senders.submit(() ->
				// a slow provider may eat the lease: then the row is left for whoever claims it next
				Instant.now().plus(SEND_MARGIN).isBefore(row.claimedUntil()) && deliver(channel, row)));
			}
			for (Future<Boolean> send : sends) {
				if (outcome(send)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private static boolean outcome(Future<Boolean> send) {
		try {
			return send.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException ex) {
			// deliver() records every outcome itself; what escapes it is a database failure, retried after the lease
			log.warn("A delivery failed before its outcome was recorded", ex.getCause());
			return false;
		}
	}

	@PreDestroy
	void stop() {
		senders.shutdown();
	}

	record Claimed(long id, long notificationId, int attempts, Instant claimedUntil) {
	}

	private List<Claimed> claim(DeliveryChannel channel) {
		NotificationProperties.Limits limits = channel.limits();
		return transactions.execute(tx -> {
			Optional<Usage> locked = jdbc.sql("""
					select date_trunc('minute', now()) = minute_start as same_minute, minute_count,
					       (now() at time zone 'Asia/Shanghai')::date = day as same_day, day_count
					from notification_channel_usage where channel = :channel for update skip locked""")
				.param("channel", channel.channel().name())
				.query((rs, row) -> new Usage(rs.getBoolean("same_minute") ? rs.getInt("minute_count") : 0,
						rs.getBoolean("same_day") ? rs.getInt("day_count") : 0))
				.optional();
			if (locked.isEmpty()) {
				return List.<Claimed>of();
			}
			Usage usage = locked.get();
			if (usage.day() >= limits.dailyBudget()) {
				int deferred = jdbc.sql("""
						update notification_outbox set status = 'DEFERRED', not_before = :tomorrow, updated_at = now()
						where channel = :channel and status in ('QUEUED', 'DEFERRED') and not_before <= now()""")
					.param("channel", channel.channel().name())
					.param("tomorrow", Timestamp.from(startOfTomorrow()))
					.update();
				if (deferred > 0) {
					log.info("{} daily budget of {} used up: {} messages deferred to tomorrow", channel.channel(),
							limits.dailyBudget(), deferred);
				}
				return List.<Claimed>of();
			}
			int room = Math.min(settings.batchSize(),
					Math.min(limits.perMinute() - usage.minute(), limits.dailyBudget() - usage.day()));
			if (room <= 0) {
				return List.<Claimed>of();
			}
			List<Claimed> claimed = jdbc.sql("""
					update notification_outbox o set status = 'SENDING', claimed_until = now() + make_interval(secs => :lease),
					    updated_at = now()
					from (select id from notification_outbox
					      where channel = :channel and not_before <= now()
					        and (status in ('QUEUED', 'DEFERRED') or (status = 'SENDING' and claimed_until < now()))
					      order by not_before, id limit :room for update skip locked) due
					where o.id = due.id
					returning o.id, o.notification_id, o.attempts, o.claimed_until""")
				.param("channel", channel.channel().name())
				.param("lease", settings.lease().toSeconds())
				.param("room", room)
				.query((rs, row) -> new Claimed(rs.getLong("id"), rs.getLong("notification_id"), rs.getInt("attempts"),
						rs.getTimestamp("claimed_until").toInstant()))
				.list();
			jdbc.sql("""
					update notification_channel_usage set minute_start = date_trunc('minute', now()), minute_count = :minute,
					    day = (now() at time zone 'Asia/Shanghai')::date, day_count = :day
					where channel = :channel""")
				.param("minute", usage.minute() + claimed.size())
				.param("day", usage.day() + claimed.size())
				.param("channel", channel.channel().name())
				.update();
			return claimed;
		});
	}

	private record Usage(int minute, int day) {
	}

	private boolean deliver(DeliveryChannel channel, Claimed row) {
		Stored notice = jdbc.sql("""
				select account_id, topic, message_code, arguments, link, created_at from notification where id = :id""")
			.param("id", row.notificationId())
			.query((rs, n) -> new Stored(rs.getLong("account_id"), Topic.valueOf(rs.getString("topic")),
					rs.getString("message_code"), List.of((String[]) rs.getArray("arguments").getArray()),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant()))
			.single();
		String address = channel.addressesOf(List.of(notice.accountId())).get(notice.accountId());
		DeliveryResult result;
		if (address == null) {
			result = DeliveryResult.failed("the recipient can no longer be reached on this channel");
		}
		else {
			try {
				result = channel.deliver(address,
						new DeliveryChannel.Message(row.notificationId(), notice.topic(),
								texts.title(notice.code(), notice.arguments()), texts.text(notice.code(), notice.arguments()),
								notice.link(), notice.createdAt()));
			}
			catch (RuntimeException ex) {
				// a channel's own bug must not stop the others' messages; the row is tried again
				log.warn("{} delivery of outbox row {} failed unexpectedly", channel.channel(), row.id(), ex);
				result = DeliveryResult.retry(ex.getClass().getSimpleName());
			}
		}
		record(channel, row, notice.accountId(), result);
		return result.kind() == DeliveryResult.Kind.SENT;
	}

	private record Stored(long accountId, Topic topic, String code, List<String> arguments, String link,
			Instant createdAt) {
	}

	private void record(DeliveryChannel channel, Claimed row, long accountId, DeliveryResult result) {
		String error = result.detail() == null ? null
				: result.detail().substring(0, Math.min(ERROR_LENGTH, result.detail().length()));
		switch (result.kind()) {
			case SENT -> update("status = 'SENT', sent_at = now(), last_error = null", row, null, null);
			case RATE_LIMITED -> update("status = 'DEFERRED', not_before = :until, last_error = :error", row,
					Instant.now().plus(settings.rateLimitPause()), error);
			case QUOTA_REACHED -> update("status = 'DEFERRED', not_before = :until, last_error = :error", row,
					startOfTomorrow(), error);
			case FAILED -> update("status = 'FAILED', attempts = attempts + 1, last_error = :error", row, null, error);
			case RETRY -> {
				int failed = row.attempts() + 1;
				if (failed >= settings.maxAttempts()) {
					update("status = 'FAILED', attempts = attempts + 1, last_error = :error", row, null, error);
				}
				else {
					update("status = 'QUEUED', attempts = attempts + 1, not_before = :until, last_error = :error", row,
							Instant.now().plus(backoff.after(failed)), error);
				}
			}
		}
		if (result.kind() != DeliveryResult.Kind.SENT) {
			log.info("{} notice {} to account {}: {} ({})", channel.channel(), row.notificationId(), accountId,
					result.kind(), error);
		}
	}

	private void update(String set, Claimed row, Instant until, String error) {
		// only while still this claim: a row another node took over after the lease ended is theirs now
		var statement = jdbc.sql("update notification_outbox set " + set + ", claimed_until = null, updated_at = now() "
				+ "where id = :id and status = 'SENDING' and claimed_until = :claimedUntil")
			.param("id", row.id())
			.param("claimedUntil", Timestamp.from(row.claimedUntil()));
		if (set.contains(":until")) {
			statement = statement.param("until", Timestamp.from(until));
		}
		if (set.contains(":error")) {
			statement = statement.param("error", error);
		}
		statement.update();
	}

	private static Instant startOfTomorrow() {
		return LocalDate.now(CHINA).plusDays(1).atStartOfDay(CHINA).toInstant();
	}
}
