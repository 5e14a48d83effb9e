package com.gradverify.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.shared.PersonalData;

/**
 * {@code gradverify.notification.sms.provider=log-only}: for a laptop without an SMS account. Writes the
 * masked number and the template to the log and sends nothing; the outbox rows end SENT with the
 * detail "log-only", so the progress page says what happened. Never configure it in production.
 */
class LogOnlySms implements SmsProvider {

	private static final Logger log = LoggerFactory.getLogger(LogOnlySms.class);

	@Override
	public DeliveryResult send(String mobile, String templateId, List<String> parameters) {
		log.info("SMS not sent (log-only provider): template {} to {}", templateId, PersonalData.maskMobile(mobile));
		return DeliveryResult.sent("log-only: not sent");
	}
}
