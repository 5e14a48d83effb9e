package com.gradverify.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real client against a real HTTP server playing WeChat. */
class HttpWeChatOAuthClientTests {

	private static FakeWeChatServer wechat;

	private final HttpWeChatOAuthClient client = new HttpWeChatOAuthClient(new WeChatProperties(true, "wx-app",
			"the-secret", "unused", "unused", "unused", Duration.ofSeconds(2), Duration.ofSeconds(2),
			Duration.ofMinutes(5)));

	@BeforeAll
	static void startWeChat() {
		wechat = FakeWeChatServer.start();
	}

	@AfterAll
	static void stopWeChat() {
		wechat.close();
	}

	@Test
	void exchangesTheCodeForTheOpenIdSendingAppIdAndSecret() {
		wechat.issue("good", "o-abc123");

		assertThat(client.openIdFor(wechat.baseUrl(), "good")).isEqualTo("o-abc123");
		assertThat(wechat.requests().get(wechat.requests().size() - 1)).containsEntry("appid", "wx-app")
			.containsEntry("secret", "the-secret")
			.containsEntry("code", "good")
			.containsEntry("grant_type", "authorization_code");
	}

	@Test
	void tellsInvalidFromAlreadyUsedCodes() {
		wechat.issue("once", "o-1");
		client.openIdFor(wechat.baseUrl(), "once");

		assertThatExceptionOfType(WeChatException.class).isThrownBy(() -> client.openIdFor(wechat.baseUrl(), "once"))
			.extracting(WeChatException::kind)
			.isEqualTo(WeChatException.Kind.CODE_USED);
		assertThatExceptionOfType(WeChatException.class)
			.isThrownBy(() -> client.openIdFor(wechat.baseUrl(), "never-issued"))
			.extracting(WeChatException::kind)
			.isEqualTo(WeChatException.Kind.INVALID_CODE);
	}

	@Test
	void otherErrorsAndAnswersWithoutOpenIdAreRefusals() {
		wechat.answer("bad-secret", 200, "{\"errcode\":40125,\"errmsg\":\"invalid appsecret\"}");
		wechat.answer("no-openid", 200, "{\"access_token\":\"x\"}");
		wechat.answer("html", 200, "<html>busy</html>");

		for (String code : new String[] { "bad-secret", "no-openid", "html" }) {
			assertThatExceptionOfType(WeChatException.class).isThrownBy(() -> client.openIdFor(wechat.baseUrl(), code))
				.extracting(WeChatException::kind)
				.isEqualTo(WeChatException.Kind.REFUSED);
		}
	}

	@Test
	void anErrorStatusATimeoutOrNoServerMeanWeChatIsUnavailable() throws IOException {
		wechat.answer("http-500", 500, "oops");
		wechat.answerSlowly("slow", Duration.ofSeconds(4));
		URI closedPort;
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}

		assertThatExceptionOfType(WeChatException.class).isThrownBy(() -> client.openIdFor(wechat.baseUrl(), "http-500"))
			.extracting(WeChatException::kind)
			.isEqualTo(WeChatException.Kind.UNAVAILABLE);
		assertThatExceptionOfType(WeChatException.class).isThrownBy(() -> client.openIdFor(wechat.baseUrl(), "slow"))
			.extracting(WeChatException::kind)
			.isEqualTo(WeChatException.Kind.UNAVAILABLE);
		assertThatExceptionOfType(WeChatException.class).isThrownBy(() -> client.openIdFor(closedPort, "any"))
			.extracting(WeChatException::kind)
			.isEqualTo(WeChatException.Kind.UNAVAILABLE);
	}
}
