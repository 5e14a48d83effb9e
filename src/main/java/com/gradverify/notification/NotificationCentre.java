package com.gradverify.notification;

import java.time.Instant;
import java.util.List;

import com.gradverify.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification centre (通知中心): every notice of one account, newest first, and whether it was
 * read. Each call names the account whose notices it touches, always the signed-in one: nobody
 * reads or marks another account's notices.
 */
@Service
class NotificationCentre {

	static final int MAX_PAGE_SIZE = 100;

	private final JdbcClient jdbc;

	private final NotificationTexts texts;

	NotificationCentre(JdbcClient jdbc, NotificationTexts texts) {
		this.jdbc = jdbc;
		this.texts = texts;
	}

	@Transactional(readOnly = true)
	NotificationPage page(long accountId, int page, int size) {
		int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
		int pageNo = Math.max(0, page);
		List<NotificationView> items = jdbc.sql("""
				select id, topic, message_code, arguments, link, created_at, read_at from notification
				where account_id = :account order by created_at desc, id desc limit :limit offset :offset""")
			.param("account", accountId)
			.param("limit", pageSize)
			.param("offset", (long) pageNo * pageSize)
			.query((rs, row) -> {
				List<String> arguments = List.of((String[]) rs.getArray("arguments").getArray());
				String code = rs.getString("message_code");
				return new NotificationView(rs.getLong("id"), rs.getString("topic"), texts.title(code, arguments),
						texts.text(code, arguments), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("read_at") != null);
			})
			.list();
		long total = jdbc.sql("select count(*) from notification where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.single();
		return new NotificationPage(items, unread(accountId), total, pageNo, pageSize);
	}

	/** One statement on the partial index of unread notices; no transaction of its own (the bell on every page). */
	long unread(long accountId) {
		return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
			.param("account", accountId)
			.query(Long.class)
			.single();
	}

	/**
	 * @throws NotFoundException for a notice that does not exist or is another account's: the two cannot
	 * be told apart
	 */
	@Transactional
	void markRead(long accountId, long notificationId) {
		int found = jdbc.sql("""
				update notification set read_at = coalesce(read_at, now()) where id = :id and account_id = :account""")
			.param("id", notificationId)
			.param("account", accountId)
			.update();
		if (found == 0) {
			throw new NotFoundException("notification.notFound");
		}
	}

	@Transactional
	int markAllRead(long accountId) {
		return jdbc.sql("update notification set read_at = now() where account_id = :account and read_at is null")
			.param("account", accountId)
			.update();
	}

	/** One notice as the centre shows it; {@code link} is a path of this application. */
	public record NotificationView(long id, String topic, String title, String text, String link, Instant createdAt,
			boolean read) {
	}

	/** A page of notices, newest first, with the unread count of all of them. */
	public record NotificationPage(List<NotificationView> items, long unread, long total, int page, int size) {

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}
	}
}
