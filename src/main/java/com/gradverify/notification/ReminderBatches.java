package com.gradverify.notification;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far a bulk reminder (催办) has gone: its recipients, and per channel how many messages wait
 * (queued, being sent, deferred), went out, or failed. The staff member who sent it, the school's
 * reviewers, administrators and, for a batch within one college, that college's reviewers (who see it
 * on their chase list) follow it; anyone else gets the same 404 as for a batch that does not exist.
 */
@Service
class ReminderBatches {

	private final JdbcClient jdbc;

	ReminderBatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	BatchProgress progress(SignedInAccount viewer, String batchKey) {
		Batch batch = jdbc.sql("""
				select batch_key, requested_by, graduation_year, description, recipients, created_at, college_id
				from notification_batch where batch_key = :key""")
			.param("key", batchKey)
			.query((rs, row) -> new Batch(rs.getString("batch_key"), rs.getLong("requested_by"),
					rs.getInt("graduation_year"), rs.getString("description"), rs.getInt("recipients"),
					rs.getTimestamp("created_at").toInstant(), rs.getObject("college_id", Long.class)))
			.optional()
			.filter(b -> b.requestedBy() == viewer.id() || viewer.is(Role.SCHOOL_REVIEWER) || viewer.is(Role.ADMIN)
					|| (viewer.is(Role.COLLEGE_REVIEWER) && b.collegeId() != null
							&& b.collegeId().equals(viewer.collegeId())))
			.orElseThrow(() -> new NotFoundException("notification.batch.notFound"));
		Map<Channel, ChannelProgress> channels = new EnumMap<>(Channel.class);
		jdbc.sql("""
				select channel, count(*) filter (where status in ('QUEUED', 'SENDING')) as queued,
				       count(*) filter (where status = 'DEFERRED') as deferred,
				       count(*) filter (where status = 'SENT') as sent,
				       count(*) filter (where status = 'FAILED') as failed
				from notification_outbox where batch_key = :key group by channel""")
			.param("key", batchKey)
			.query(rs -> {
				channels.put(Channel.valueOf(rs.getString("channel")), new ChannelProgress(rs.getInt("queued"),
						rs.getInt("deferred"), rs.getInt("sent"), rs.getInt("failed")));
			});
		for (Channel channel : Channel.values()) {
			channels.putIfAbsent(channel, new ChannelProgress(0, 0, 0, 0));
		}
		return new BatchProgress(batch.batchKey(), batch.graduationYear(), batch.description(), batch.recipients(),
				batch.createdAt(), channels);
	}

	private record Batch(String batchKey, long requestedBy, int graduationYear, String description, int recipients,
			Instant createdAt, Long collegeId) {
	}

	/**
	 * A reminder batch: {@code recipients} students were reminded (each in their notification centre),
	 * and per channel what became of the messages.
	 */
	public record BatchProgress(String batchKey, int graduationYear, String description, int recipients,
			Instant createdAt, Map<Channel, ChannelProgress> channels) {

		public int waiting() {
			return channels.values().stream().mapToInt(c -> c.queued() + c.deferred()).sum();
		}
	}

	public record ChannelProgress(int queued, int deferred, int sent, int failed) {
	}
}
