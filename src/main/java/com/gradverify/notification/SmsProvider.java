package com.gradverify.notification;

import java.util.List;

/** An SMS gateway: one templated message to one mobile number (11 digits, mainland China). */
interface SmsProvider {

	/**
	 * @param parameters the template's variables in order
	 * @return how it went; never throws for what the gateway answers
	 */
	DeliveryResult send(String mobile, String templateId, List<String> parameters);
}
