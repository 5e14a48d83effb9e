package com.gradverify.notification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.gradverify.shared.MobileNumber;
import com.gradverify.verification.Applicants;

/**
 * Text messages to the 联系电话 of the student's 实名认证 form (only a valid mainland mobile number)
 * through the configured {@link SmsProvider}; the template's one variable gets the short text.
 */
class SmsChannel extends TemplateChannel {

	private final SmsProvider provider;

	private final Applicants applicants;

	SmsChannel(SmsProvider provider, Applicants applicants, NotificationProperties.Sms settings) {
		super(Channel.SMS, settings);
		this.provider = provider;
		this.applicants = applicants;
	}

	@Override
	public Map<Long, String> addressesOf(Collection<Long> accountIds) {
		return applicants.contactsOf(accountIds)
			.values()
			.stream()
			.filter(contact -> contact.mobile() != null && MobileNumber.isValid(contact.mobile()))
			.collect(Collectors.toMap(Applicants.Contact::accountId, c -> MobileNumber.of(c.mobile()).value()));
	}

	@Override
	public DeliveryResult deliver(String mobile, Message message) {
		return provider.send(mobile, template(message.topic()), List.of(message.title()));
	}
}
