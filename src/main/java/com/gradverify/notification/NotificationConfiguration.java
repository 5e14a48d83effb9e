package com.gradverify.notification;

import java.time.Instant;

import com.gradverify.verification.Applicants;
import com.gradverify.wechat.WeChatMessages;
import com.gradverify.wechat.WeChatRecipients;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The channels that are configured, each a {@link DeliveryChannel} bean: WeChat with the WeChat
 * channel enabled, SMS with a provider chosen, e-mail with an SMTP host. The worker's schedule runs
 * on every node ({@code gradverify.notification.worker.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {

	@Bean
	@ConditionalOnBooleanProperty("gradverify.wechat.enabled")
	WeChatChannel weChatChannel(WeChatMessages messages, WeChatRecipients recipients,
			NotificationProperties properties) {
		return new WeChatChannel(messages, recipients, properties.wechat());
	}

	@Bean
	@ConditionalOnProperty(name = "gradverify.notification.sms.provider", havingValue = "tencent")
	SmsChannel tencentSmsChannel(Applicants applicants, NotificationProperties properties) {
		NotificationProperties.Tencent tencent = properties.sms().tencent();
		if (blank(tencent.secretId()) || blank(tencent.secretKey()) || blank(tencent.sdkAppId())
				|| blank(tencent.signName())) {
			throw new IllegalStateException("gradverify.notification.sms.tencent.secret-id, .secret-key, .sdk-app-id "
					+ "and .sign-name are required for the Tencent Cloud SMS provider");
		}
		return new SmsChannel(new TencentCloudSms(tencent, Instant::now), applicants, properties.sms());
	}

	@Bean
	@ConditionalOnProperty(name = "gradverify.notification.sms.provider", havingValue = "log-only")
	SmsChannel logOnlySmsChannel(Applicants applicants, NotificationProperties properties, Environment environment) {
		// it reports messages it never sent as sent: acceptable on a laptop, never where students wait for them
		if (!environment.matchesProfiles("demo | test")) {
			throw new IllegalStateException(
					"gradverify.notification.sms.provider=log-only sends nothing and is refused outside the demo profile");
		}
		return new SmsChannel(new LogOnlySms(), applicants, properties.sms());
	}

	@Bean
	@ConditionalOnProperty("spring.mail.host")
	EmailChannel emailChannel(JavaMailSender mail, Applicants applicants, NotificationProperties properties) {
		NotificationProperties.Email email = properties.email();
		if (blank(email.from()) || blank(email.linkBaseUrl())) {
			throw new IllegalStateException(
					"gradverify.notification.email.from and .link-base-url are required with spring.mail.host");
		}
		return new EmailChannel(mail, applicants, email, email.linkBaseUrl());
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
