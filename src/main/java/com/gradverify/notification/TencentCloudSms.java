package com.gradverify.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.gradverify.shared.PersonalData;

/**
 * Tencent Cloud SMS ({@code SendSms}, API 2021-01-11) over HTTPS, signed with TC3-HMAC-SHA256 as the
 * API's documentation describes: a canonical request of method, path, query, the signed headers
 * ({@code content-type}, {@code host}, {@code x-tc-action}) and the body's SHA-256, signed with a key
 * derived from the secret key, the UTC date, the service ({@code sms}) and {@code tc3_request}. The
 * secret key is never logged; numbers appear in logs masked.
 */
class TencentCloudSms implements SmsProvider {

	private static final Logger log = LoggerFactory.getLogger(TencentCloudSms.class);

	static final String SERVICE = "sms";

	static final String ACTION = "SendSms";

	static final String VERSION = "2021-01-11";

	static final String ALGORITHM = "TC3-HMAC-SHA256";

	static final String CONTENT_TYPE = "application/json; charset=utf-8";

	private static final Set<String> SLOW_DOWN = Set.of("RequestLimitExceeded",
			"LimitExceeded.PhoneNumberThirtySecondLimit", "LimitExceeded.PhoneNumberOneHourLimit");

	private static final Set<String> DAILY_LIMITS = Set.of("LimitExceeded.PhoneNumberDailyLimit",
			"LimitExceeded.DailyLimit", "LimitExceeded.AppDailyLimit");

	/** Errors that sending the same message again cannot mend. */
	private static final List<String> HOPELESS = List.of("InvalidParameterValue.IncorrectPhoneNumber",
			"FailedOperation.PhoneNumberInBlacklist", "UnsupportedOperation", "InvalidParameterValue.TemplateParameter",
			"FailedOperation.TemplateIncorrectOrUnapproved", "FailedOperation.SignatureIncorrectOrUnapproved");

	private final NotificationProperties.Tencent settings;

	private final HttpClient http;

	private final Supplier<Instant> clock;

	TencentCloudSms(NotificationProperties.Tencent settings, Supplier<Instant> clock) {
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public DeliveryResult send(String mobile, String templateId, List<String> parameters) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("PhoneNumberSet", List.of("+86" + mobile));
		payload.put("SmsSdkAppId", settings.sdkAppId());
		payload.put("SignName", settings.signName());
		payload.put("TemplateId", templateId);
		payload.put("TemplateParamSet", parameters);
		String body = JsonMapper.shared().writeValueAsString(payload);
		URI endpoint = URI.create(settings.endpoint());
		long timestamp = clock.get().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/"))
			.timeout(settings.readTimeout())
			.header("Content-Type", CONTENT_TYPE)
			.header("X-TC-Action", ACTION)
			.header("X-TC-Version", VERSION)
			.header("X-TC-Timestamp", Long.toString(timestamp))
			.header("X-TC-Region", settings.region())
			.header("Authorization", authorization(settings.secretId(), settings.secretKey(), host(endpoint), body, timestamp))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return DeliveryResult.retry("SMS gateway unreachable: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return DeliveryResult.retry("interrupted");
		}
		if (response.statusCode() != 200) {
			return DeliveryResult.retry("SMS gateway answered HTTP " + response.statusCode());
		}
		return resultOf(response.body(), mobile);
	}

	private static DeliveryResult resultOf(String body, String mobile) {
		JsonNode answer;
		try {
			answer = JsonMapper.shared().readTree(body).path("Response");
		}
		catch (JacksonException ex) {
			return DeliveryResult.retry("SMS gateway answered something that is not JSON");
		}
		JsonNode error = answer.path("Error");
		String code = error.isMissingNode() ? answer.path("SendStatusSet").path(0).path("Code").asString("")
				: error.path("Code").asString("");
		String detail = code + " (RequestId " + answer.path("RequestId").asString("") + ")";
		if ("Ok".equals(code)) {
			return DeliveryResult.sent(detail);
		}
		log.info("Tencent Cloud SMS to {} answered {}", PersonalData.maskMobile(mobile), detail);
		if (SLOW_DOWN.contains(code)) {
			return new DeliveryResult(DeliveryResult.Kind.RATE_LIMITED, detail);
		}
		if (DAILY_LIMITS.contains(code)) {
			return new DeliveryResult(DeliveryResult.Kind.QUOTA_REACHED, detail);
		}
		if (HOPELESS.stream().anyMatch(code::startsWith)) {
			return DeliveryResult.failed(detail);
		}
		return DeliveryResult.retry(detail);
	}

	/** The host as the HTTP client sends it: with the port only when it is not the scheme's default. */
	static String host(URI endpoint) {
		return endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
	}

	/** The {@code Authorization} header of a SendSms request with this body at this time. */
	static String authorization(String secretId, String secretKey, String host, String body, long timestamp) {
		String date = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(timestamp));
		String signedHeaders = "content-type;host;x-tc-action";
		String canonicalRequest = "POST\n/\n\n" + "content-type:" + CONTENT_TYPE + "\nhost:" + host + "\nx-tc-action:"
				+ ACTION.toLowerCase(Locale.ROOT) + "\n\n" + signedHeaders + "\n" + sha256Hex(body);
		String scope = date + "/" + SERVICE + "/tc3_request";
		String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
		byte[] secretDate = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
		byte[] secretService = hmac(secretDate, SERVICE);
		byte[] secretSigning = hmac(secretService, "tc3_request");
		String signature = HexFormat.of().formatHex(hmac(secretSigning, stringToSign));
		return ALGORITHM + " Credential=" + secretId + "/" + scope + ", SignedHeaders=" + signedHeaders + ", Signature="
				+ signature;
	}

	private static String sha256Hex(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
