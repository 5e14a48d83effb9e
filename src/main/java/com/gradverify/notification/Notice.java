package com.gradverify.notification;

import java.util.List;
import java.util.Objects;

/**
 * One notice as its event makes it, the same for every recipient. {@code eventKey} names the event
 * (a decision, a campaign opening, a batch); with the recipient and the channel it makes the
 * idempotency key that keeps a message from going out twice. {@code messageCode} names the message
 * ({@code messageCode} is the full text, {@code messageCode.title} its short form), {@code arguments}
 * fill it: never 身份证号 or phone numbers.
 */
record Notice(String eventKey, Topic topic, String messageCode, List<String> arguments, String link) {

	Notice {
		Objects.requireNonNull(eventKey, "eventKey");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(messageCode, "messageCode");
		arguments = List.copyOf(arguments);
	}
}
