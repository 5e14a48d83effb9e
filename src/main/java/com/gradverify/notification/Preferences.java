package com.gradverify.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The students' {@link NotificationPreferences} ({@code notification_preference}); no row means the defaults. */
@Repository
class Preferences {

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	NotificationPreferences of(long accountId) {
		return of(List.of(accountId)).getOrDefault(accountId, NotificationPreferences.DEFAULT);
	}

	/** The preferences of those of these accounts that changed any; the others have the defaults. */
	Map<Long, NotificationPreferences> of(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select account_id, reminders_off, wechat_off, sms_off, email_off from notification_preference
				where account_id = any(:ids)""")
			.param("ids", accountIds.stream().distinct().toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong("account_id"),
					new NotificationPreferences(rs.getBoolean("reminders_off"), rs.getBoolean("wechat_off"),
							rs.getBoolean("sms_off"), rs.getBoolean("email_off"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Transactional
	void save(long accountId, NotificationPreferences preferences) {
		jdbc.sql("""
				insert into notification_preference (account_id, reminders_off, wechat_off, sms_off, email_off)
				values (:account, :reminders, :wechat, :sms, :email)
				on conflict (account_id) do update set reminders_off = excluded.reminders_off,
				    wechat_off = excluded.wechat_off, sms_off = excluded.sms_off, email_off = excluded.email_off,
				    updated_at = now()""")
			.param("account", accountId)
			.param("reminders", preferences.remindersOff())
			.param("wechat", preferences.wechatOff())
			.param("sms", preferences.smsOff())
			.param("email", preferences.emailOff())
			.update();
	}
}
