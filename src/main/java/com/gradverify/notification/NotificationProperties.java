package com.gradverify.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notification module's settings ({@code gradverify.notification.*}); see the README's
 * "Notifications" section for production values.
 *
 * @param worker how the delivery worker claims, retries and gives up
 * @param wechat limits and templates of the WeChat channel (needs {@code gradverify.wechat.enabled})
 * @param sms limits, provider and templates of the SMS channel
 * @param email limits and sender of the e-mail channel (needs {@code spring.mail.host})
 * @param campaignStagger how much later each further college's students are told of a campaign opening
 * @param digestHour the hour (Asia/Shanghai) from which the reviewers' digest of the day before goes out
 */
@ConfigurationProperties("gradverify.notification")
record NotificationProperties(@DefaultValue Worker worker, @DefaultValue WeChat wechat, @DefaultValue Sms sms,
		@DefaultValue Email email, @DefaultValue("10m") Duration campaignStagger, @DefaultValue("8") int digestHour) {

	/**
	 * @param enabled whether this node runs the worker (and the digest) on a schedule at all
	 * @param interval pause between two runs
	 * @param batchSize rows one run claims per channel at most
	 * @param lease how long a claimed row stays the claimer's before another node may take it over
	 * @param maxAttempts failed tries after which a row is FAILED for good
	 * @param backoff the pause after the first failed try, doubled after each further one
	 * @param maxBackoff the longest pause between two tries
	 * @param rateLimitPause the pause after a provider asked to slow down (not counted as a try)
	 * @param concurrency how many messages of one channel a node sends at once (each takes a database
	 * connection while it records its outcome)
	 */
	record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("15s") Duration interval,
			@DefaultValue("50") int batchSize, @DefaultValue("5m") Duration lease, @DefaultValue("12") int maxAttempts,
			@DefaultValue("1m") Duration backoff, @DefaultValue("6h") Duration maxBackoff,
			@DefaultValue("1m") Duration rateLimitPause, @DefaultValue("4") int concurrency) {
	}

	/** Sends per minute and per day (Asia/Shanghai) on one channel, for every node together. */
	record Limits(int perMinute, int dailyBudget) {
	}

	/** A channel that sends through its provider's templates, one per topic. */
	interface Templated {

		Limits limits();

		Map<Topic, String> templates();
	}

	/**
	 * @param templates the template id (模板消息) for each topic; a topic without one is not sent by WeChat
	 * @param titleKey the template field that gets the notice's short text (a {@code thing} field: 20 characters)
	 * @param timeKey the template field that gets the notice's time
	 */
	record WeChat(@DefaultValue("600") int perMinute, @DefaultValue("100000") int dailyBudget,
			@DefaultValue Map<Topic, String> templates, @DefaultValue("thing1") String titleKey,
			@DefaultValue("time2") String timeKey) implements Templated {

		@Override
		public Limits limits() {
			return new Limits(perMinute, dailyBudget);
		}
	}

	/**
	 * @param provider {@code none} (no SMS channel), {@code tencent} (Tencent Cloud SMS), or
	 * {@code log-only}, which writes each message's masked recipient to the log instead of sending:
	 * for local runs, never for production
	 * @param templates the provider's template id for each topic; a topic without one is not sent by SMS
	 */
	record Sms(@DefaultValue("60") int perMinute, @DefaultValue("2000") int dailyBudget,
			@DefaultValue("none") String provider, @DefaultValue Map<Topic, String> templates,
			@DefaultValue Tencent tencent) implements Templated {

		@Override
		public Limits limits() {
			return new Limits(perMinute, dailyBudget);
		}
	}

	/**
	 * Tencent Cloud SMS ({@code SendSms}, API version 2021-01-11, TC3-HMAC-SHA256 signatures).
	 * @param secretKey never logged
	 */
	record Tencent(@DefaultValue("https://sms.tencentcloudapi.com") String endpoint, String secretId,
			String secretKey, @DefaultValue("ap-guangzhou") String region, String sdkAppId, String signName,
			@DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout) {

		@Override
		public String toString() {
			return "Tencent[endpoint=" + endpoint + ", secretId=" + secretId + ", secretKey="
					+ (secretKey == null ? null : "***") + ", region=" + region + ", sdkAppId=" + sdkAppId + "]";
		}
	}

	/**
	 * @param from the sender address; the channel exists only with {@code spring.mail.host} set
	 * @param linkBaseUrl this application as students reach it, e.g. https://grad.example.edu.cn, for the
	 * link in each mail
	 */
	record Email(@DefaultValue("120") int perMinute, @DefaultValue("5000") int dailyBudget, String from,
			String linkBaseUrl) {

		Limits limits() {
			return new Limits(perMinute, dailyBudget);
		}
	}
}
