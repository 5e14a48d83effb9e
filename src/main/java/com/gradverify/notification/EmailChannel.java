package com.gradverify.notification;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.gradverify.verification.Applicants;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail over SMTP ({@code spring.mail.*}) to the 电子邮箱 of the student's 实名认证 form: the short
 * text as subject, the full text and the page's address as body. A connection or server failure is
 * tried again later; an address the server refuses for good is not.
 */
class EmailChannel implements DeliveryChannel {

	/** Enough to keep out what cannot be an address; the SMTP server decides the rest. */
	private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JavaMailSender mail;

	private final Applicants applicants;

	private final NotificationProperties.Email settings;

	private final String publicBaseUrl;

	EmailChannel(JavaMailSender mail, Applicants applicants, NotificationProperties.Email settings,
			String publicBaseUrl) {
		this.mail = mail;
		this.applicants = applicants;
		this.settings = settings;
		this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
				: publicBaseUrl;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public NotificationProperties.Limits limits() {
		return settings.limits();
	}

	@Override
	public boolean carries(Topic topic) {
		return true;
	}

	@Override
	public Map<Long, String> addressesOf(Collection<Long> accountIds) {
		return applicants.contactsOf(accountIds)
			.values()
			.stream()
			.filter(contact -> contact.email() != null && ADDRESS.matcher(contact.email()).matches())
			.collect(Collectors.toMap(Applicants.Contact::accountId, Applicants.Contact::email));
	}

	@Override
	public DeliveryResult deliver(String address, Message message) {
		SimpleMailMessage mailMessage = new SimpleMailMessage();
		mailMessage.setFrom(settings.from());
		mailMessage.setTo(address);
		mailMessage.setSubject(message.title());
		mailMessage.setText(message.text() + "\n\n" + publicBaseUrl + (message.link() == null ? "/notifications"
				: message.link()));
		try {
			mail.send(mailMessage);
			return DeliveryResult.sent(null);
		}
		catch (MailParseException | MailPreparationException ex) {
			return DeliveryResult.failed(ex.getClass().getSimpleName());
		}
		catch (MailAuthenticationException ex) {
			return DeliveryResult.retry("SMTP authentication failed");
		}
		catch (MailException ex) {
			return DeliveryResult.retry(ex.getClass().getSimpleName());
		}
	}
}
