package com.gradverify.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a notice for its recipients in the transaction of the event that caused it: a row in the
 * notification centre each, and an outbox row for each channel that can reach the recipient and that
 * the recipient did not turn off (only reminders can be). A recipient with WeChat is not sent the same
 * notice by SMS, which costs money. Idempotent: a notice already written for a recipient writes
 * nothing again, so an event handled twice sends nothing twice.
 */
@Component
class Outbox {

	private final JdbcClient jdbc;

	private final List<DeliveryChannel> channels;

	private final Preferences preferences;

	Outbox(JdbcClient jdbc, List<DeliveryChannel> channels, Preferences preferences) {
		this.jdbc = jdbc;
		this.channels = channels;
		this.preferences = preferences;
	}

	/** A recipient and how long after now their messages may go out (staggered campaign notices). */
	record Recipient(long accountId, Duration delay) {

		static List<Recipient> now(Collection<Long> accountIds) {
			return accountIds.stream().map(id -> new Recipient(id, Duration.ZERO)).toList();
		}
	}

	/** Must run inside the caller's transaction: the notice exists if and only if its event does. */
	@Transactional(propagation = Propagation.MANDATORY)
	int write(Notice notice, List<Recipient> recipients, String batchKey) {
		if (recipients.isEmpty()) {
			return 0;
		}
		Map<Long, Duration> delays = new HashMap<>();
		recipients.forEach(r -> delays.merge(r.accountId(), r.delay(), (a, b) -> a));
		Map<Long, Long> written = new HashMap<>();
		jdbc.sql("""
				insert into notification (account_id, event_key, topic, message_code, arguments, link)
				select recipient, :key, :topic, :code, :arguments, :link from unnest(:recipients) as recipient
				on conflict (event_key, account_id) do nothing
				returning id, account_id""")
			.param("key", notice.eventKey())
			.param("topic", notice.topic().name())
			.param("code", notice.messageCode())
			.param("arguments", notice.arguments().toArray(String[]::new))
			.param("link", notice.link())
			.param("recipients", delays.keySet().toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong("account_id"), rs.getLong("id")))
			.list()
			.forEach(row -> written.put(row.getKey(), row.getValue()));
		if (written.isEmpty()) {
			return 0;
		}
		Map<Long, NotificationPreferences> chosen = notice.topic().optional() ? preferences.of(written.keySet())
				: Map.of();
		List<Long> notifications = new ArrayList<>();
		List<String> rowChannels = new ArrayList<>();
		List<Long> delaySeconds = new ArrayList<>();
		Set<Long> reachedByWeChat = new HashSet<>();
		for (DeliveryChannel channel : ordered()) {
			if (!channel.carries(notice.topic())
					|| (channel.channel() == Channel.WECHAT && !notice.topic().sentByWeChat())) {
				continue;
			}
			for (Long account : channel.addressesOf(written.keySet()).keySet()) {
				if (!chosen.getOrDefault(account, NotificationPreferences.DEFAULT).allows(notice.topic(), channel.channel())
						|| (channel.channel() == Channel.SMS && reachedByWeChat.contains(account))) {
					continue;
				}
				if (channel.channel() == Channel.WECHAT) {
					reachedByWeChat.add(account);
				}
				notifications.add(written.get(account));
				rowChannels.add(channel.channel().name());
				delaySeconds.add(delays.get(account).toSeconds());
			}
		}
		if (!notifications.isEmpty()) {
			jdbc.sql("""
					insert into notification_outbox (notification_id, channel, idempotency_key, batch_key, not_before)
					select n.id, x.channel, n.event_key || ':' || n.account_id || ':' || x.channel, :batch,
					       now() + make_interval(secs => x.delay)
					from unnest(:notifications, :channels, :delays) as x (id, channel, delay)
					join notification n on n.id = x.id
					on conflict (idempotency_key) do nothing""")
				.param("batch", batchKey)
				.param("notifications", notifications.toArray(Long[]::new))
				.param("channels", rowChannels.toArray(String[]::new))
				.param("delays", delaySeconds.toArray(Long[]::new))
				.update();
		}
		return written.size();
	}

	/** WeChat first: whoever it reaches needs no SMS. */
	private List<DeliveryChannel> ordered() {
		return channels.stream().sorted(Comparator.comparing(DeliveryChannel::channel)).toList();
	}

	/** The id of the current transaction, which tells apart two events that are otherwise alike (two rejections). */
	String transactionId() {
		return jdbc.sql("select pg_current_xact_id()::text").query(String.class).single();
	}
}
