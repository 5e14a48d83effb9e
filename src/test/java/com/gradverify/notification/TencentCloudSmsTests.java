package com.gradverify.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Tencent Cloud SMS client against a real HTTP server that checks its signatures. */
class TencentCloudSmsTests {

	private static FakeTencentSms gateway;

	@BeforeAll
	static void start() {
		gateway = FakeTencentSms.start();
	}

	@AfterAll
	static void stop() {
		gateway.close();
	}

	@BeforeEach
	void reset() {
		gateway.reset();
	}

	private TencentCloudSms client(String endpoint, String secretKey) {
		return new TencentCloudSms(new NotificationProperties.Tencent(endpoint, "AKIDtest", secretKey, "ap-guangzhou",
				"1400000001", "测试签名", Duration.ofSeconds(2), Duration.ofSeconds(2)), Instant::now);
	}

	@Test
	void signsAsTheDocumentationDescribes() {
		// computed apart from this code (Python hashlib/hmac) from the TC3-HMAC-SHA256 steps of the API documentation
		String body = "{\"PhoneNumberSet\":[\"+8613711112222\"],\"SmsSdkAppId\":\"1400006666\",\"SignName\":\"Test\","
				+ "\"TemplateId\":\"1234\",\"TemplateParamSet\":[\"12345\"]}";

		assertThat(TencentCloudSms.authorization("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
				"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "sms.tencentcloudapi.com", body, 1551113065L))
			.isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/sms/tc3_request, "
					+ "SignedHeaders=content-type;host;x-tc-action, "
					+ "Signature=2228aa73b23fa163f62408839ab8b69111c49b2cdd4423466bd6a8c3876b6797");
	}

	@Test
	void sendsTheTemplateWithItsParametersToTheMainlandNumber() {
		DeliveryResult result = client(gateway.baseUrl().toString(), FakeTencentSms.SECRET_KEY).send("13812345678",
				"100001", List.of("实名认证被驳回"));

		assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.SENT);
		FakeTencentSms.Request request = gateway.accepted().get(0);
		assertThat(request.headers()).containsEntry("action", "SendSms").containsEntry("version", "2021-01-11");
		assertThat(request.body()).contains("\"PhoneNumberSet\":[\"+8613812345678\"]")
			.contains("\"TemplateId\":\"100001\"")
			.contains("\"TemplateParamSet\":[\"实名认证被驳回\"]")
			.contains("\"SmsSdkAppId\":\"1400000001\"");
	}

	@Test
	void aWrongSecretIsRefusedByTheGatewayAndTriedAgainLater() {
		DeliveryResult result = client(gateway.baseUrl().toString(), "wrong").send("13812345678", "100001", List.of("x"));

		assertThat(result.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
		assertThat(result.detail()).startsWith("AuthFailure.SignatureFailure");
		assertThat(gateway.accepted()).isEmpty();
	}

	@Test
	void tellsRateLimitsDailyLimitsHopelessNumbersAndOutagesApart() throws IOException {
		TencentCloudSms sms = client(gateway.baseUrl().toString(), FakeTencentSms.SECRET_KEY);
		gateway.answerNext(200, "LimitExceeded.PhoneNumberThirtySecondLimit", 1);
		gateway.answerNext(200, "LimitExceeded.PhoneNumberDailyLimit", 1);
		gateway.answerNext(200, "InvalidParameterValue.IncorrectPhoneNumber", 1);
		gateway.answerNext(503, "", 1);
		String closedPort;
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = "http://127.0.0.1:" + socket.getLocalPort();
		}

		assertThat(sms.send("13812345678", "1", List.of("x")).kind()).isEqualTo(DeliveryResult.Kind.RATE_LIMITED);
		assertThat(sms.send("13812345678", "1", List.of("x")).kind()).isEqualTo(DeliveryResult.Kind.QUOTA_REACHED);
		assertThat(sms.send("13812345678", "1", List.of("x")).kind()).isEqualTo(DeliveryResult.Kind.FAILED);
		assertThat(sms.send("13812345678", "1", List.of("x")).kind()).isEqualTo(DeliveryResult.Kind.RETRY);
		assertThat(client(closedPort, FakeTencentSms.SECRET_KEY).send("13812345678", "1", List.of("x")).kind())
			.isEqualTo(DeliveryResult.Kind.RETRY);
		assertThat(sms.send("13812345678", "1", List.of("x")).kind()).isEqualTo(DeliveryResult.Kind.SENT);
	}
}
