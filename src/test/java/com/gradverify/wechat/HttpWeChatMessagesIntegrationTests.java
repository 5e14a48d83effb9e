package com.gradverify.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.support.IntegrationTest;
import com.gradverify.wechat.WeChatMessages.Result;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Template messages through the real client, its token shared in the database, against the fake WeChat. */
@IntegrationTest
class HttpWeChatMessagesIntegrationTests {

	@Autowired
	WeChatMessages messages;

	@Autowired
	WeChatProperties properties;

	@Autowired
	WeChatEndpoints endpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final FakeWeChatServer wechat = FakeWeChatServer.shared();

	@BeforeEach
	void reset() {
		wechat.forgetDelivered();
	}

	private Result send() {
		return messages.send("o-msg", "tpl-1", "/verification", Map.of("thing1", "实名认证被驳回")).result();
	}

	@Test
	void oneTokenServesEveryMessageUntilWeChatRetiresIt() {
		send();
		int issued = wechat.tokensIssued();

		assertThat(send()).isEqualTo(Result.SENT);
		assertThat(send()).isEqualTo(Result.SENT);
		assertThat(wechat.tokensIssued()).isEqualTo(issued);
		// a second node, with its own client, finds the token in the database and fetches none
		var otherNode = new HttpWeChatMessages(properties, endpoints,
				new WeChatAccessTokens(properties, endpoints, jdbc, transactions));
		assertThat(otherNode.send("o-msg", "tpl-1", "/verification", Map.of()).result()).isEqualTo(Result.SENT);
		assertThat(wechat.tokensIssued()).isEqualTo(issued);

		wechat.expireToken();
		assertThat(send()).isEqualTo(Result.SENT);
		assertThat(wechat.tokensIssued()).isEqualTo(issued + 1);
		assertThat(jdbc.sql("select token from wechat_access_token where app_id = :app").param("app", properties.appId())
			.query(String.class).single()).isEqualTo("token-" + wechat.tokensIssued());
	}

	@Test
	void tellsRateLimitsQuotasRefusalsAndOutagesApart() throws IOException {
		wechat.answerNextSends(200, "{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}", 1);
		wechat.answerNextSends(200, "{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}", 1);
		wechat.answerNextSends(200, "{\"errcode\":43004,\"errmsg\":\"require subscribe\"}", 1);
		wechat.answerNextSends(200, "{\"errcode\":-1,\"errmsg\":\"system error\"}", 1);
		wechat.answerNextSends(500, "oops", 1);

		assertThat(send()).isEqualTo(Result.RATE_LIMITED);
		assertThat(send()).isEqualTo(Result.DAILY_QUOTA_REACHED);
		assertThat(send()).isEqualTo(Result.REFUSED);
		assertThat(send()).isEqualTo(Result.UNAVAILABLE);
		assertThat(send()).isEqualTo(Result.UNAVAILABLE);
		assertThat(send()).isEqualTo(Result.SENT);

		String closed;
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = "http://127.0.0.1:" + socket.getLocalPort();
		}
		var down = new WeChatProperties(true, properties.appId(), properties.secret(), closed, closed,
				properties.publicBaseUrl(), properties.connectTimeout(), properties.readTimeout(),
				properties.stateLifetime());
		WeChatEndpoints downEndpoints = WeChatEndpoints.checked(down, false);
		var unreachable = new HttpWeChatMessages(down, downEndpoints,
				new WeChatAccessTokens(down, downEndpoints, jdbc, transactions));
		jdbc.sql("update wechat_access_token set expires_at = now() where app_id = :app").param("app", properties.appId())
			.update();
		assertThat(unreachable.send("o-msg", "tpl-1", "/verification", Map.of()).result()).isEqualTo(Result.UNAVAILABLE);
	}
}
