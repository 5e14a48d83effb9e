package com.gradverify.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * One way out besides the notification centre (WeChat, SMS, e-mail). A channel exists only when it is
 * configured; the outbox queues a notice on it for the recipients it can reach.
 */
interface DeliveryChannel {

	Channel channel();

	NotificationProperties.Limits limits();

	/** Whether notices of this topic go out here (a template channel needs a template for it). */
	boolean carries(Topic topic);

	/** The address of each of these accounts the channel can reach (openid, mobile, e-mail); others absent. */
	Map<Long, String> addressesOf(Collection<Long> accountIds);

	/** Sends one message; never throws for what the provider answers, and never logs the address unmasked. */
	DeliveryResult deliver(String address, Message message);

	/** A notice as rendered for sending: texts without personal data, a path of this application. */
	record Message(long notificationId, Topic topic, String title, String text, String link, Instant createdAt) {
	}
}
