package com.gradverify.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.gradverify.wechat.WeChatMessages;
import com.gradverify.wechat.WeChatMessages.Outcome;
import com.gradverify.wechat.WeChatRecipients;

/**
 * Template messages of the official account to bound students, through the wechat module. The short
 * text goes into the template's {@code title-key} field (a {@code thing} field holds 20 characters),
 * the notice's time into {@code time-key}, and the message opens the notice's page.
 */
class WeChatChannel extends TemplateChannel {

	private static final int THING_LENGTH = 20;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final WeChatMessages messages;

	private final WeChatRecipients recipients;

	private final NotificationProperties.WeChat settings;

	WeChatChannel(WeChatMessages messages, WeChatRecipients recipients, NotificationProperties.WeChat settings) {
		super(Channel.WECHAT, settings);
		this.messages = messages;
		this.recipients = recipients;
		this.settings = settings;
	}

	@Override
	public Map<Long, String> addressesOf(Collection<Long> accountIds) {
		return recipients.openIdsOf(accountIds);
	}

	@Override
	public DeliveryResult deliver(String openid, Message message) {
		Map<String, String> data = new LinkedHashMap<>();
		String title = message.title();
		data.put(settings.titleKey(), title.length() > THING_LENGTH ? title.substring(0, THING_LENGTH) : title);
		data.put(settings.timeKey(), TIME.format(message.createdAt()));
		Outcome outcome = messages.send(openid, template(message.topic()),
				message.link() == null ? "/notifications" : message.link(), data);
		return switch (outcome.result()) {
			case SENT -> DeliveryResult.sent(outcome.detail());
			case RATE_LIMITED -> new DeliveryResult(DeliveryResult.Kind.RATE_LIMITED, outcome.detail());
			case DAILY_QUOTA_REACHED -> new DeliveryResult(DeliveryResult.Kind.QUOTA_REACHED, outcome.detail());
			case UNAVAILABLE -> DeliveryResult.retry(outcome.detail());
			case REFUSED -> DeliveryResult.failed(outcome.detail());
		};
	}
}
