package com.gradverify.wechat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Template messages through WeChat's HTTP API with the shared access token
 * ({@link WeChatAccessTokens}); a token WeChat calls invalid or expired is replaced once and the
 * message sent again.
 */
class HttpWeChatMessages implements WeChatMessages {

	private static final Set<Long> TOKEN_INVALID = Set.of(40001L, 40014L, 42001L);

	private static final Set<Long> SLOW_DOWN = Set.of(45011L, 43108L, 43117L);

	private static final long DAILY_QUOTA = 45009L;

	private static final long BUSY = -1L;

	private final WeChatEndpoints endpoints;

	private final WeChatAccessTokens tokens;

	private final WeChatHttp http;

	HttpWeChatMessages(WeChatProperties properties, WeChatEndpoints endpoints, WeChatAccessTokens tokens) {
		this.endpoints = endpoints;
		this.tokens = tokens;
		this.http = new WeChatHttp(properties);
	}

	@Override
	public Outcome send(String openid, String templateId, String link, Map<String, String> data) {
		Map<String, Object> fields = new LinkedHashMap<>();
		data.forEach((key, value) -> fields.put(key, Map.of("value", value)));
		String body = JsonMapper.shared()
			.writeValueAsString(Map.of("touser", openid, "template_id", templateId, "url",
					endpoints.publicUrl(link).toString(), "data", fields));
		try {
			String token = tokens.current();
			JsonNode answer = post(token, body);
			if (TOKEN_INVALID.contains(WeChatHttp.errcode(answer))) {
				answer = post(tokens.replace(token), body);
			}
			return outcomeOf(answer);
		}
		catch (WeChatException ex) {
			return new Outcome(ex.kind() == WeChatException.Kind.UNAVAILABLE ? Result.UNAVAILABLE : Result.REFUSED,
					ex.getMessage());
		}
	}

	private JsonNode post(String token, String body) {
		URI uri = URI.create(endpoints.apiBaseUrl() + "/cgi-bin/message/template/send?access_token="
				+ HttpWeChatOAuthClient.encode(token));
		return http.call(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "template message");
	}

	private static Outcome outcomeOf(JsonNode answer) {
		long errcode = WeChatHttp.errcode(answer);
		String detail = "errcode " + errcode + " " + WeChatHttp.errmsg(answer);
		if (errcode == 0) {
			return new Outcome(Result.SENT, "msgid " + answer.path("msgid").asString(""));
		}
		if (errcode == DAILY_QUOTA) {
			return new Outcome(Result.DAILY_QUOTA_REACHED, detail);
		}
		if (SLOW_DOWN.contains(errcode)) {
			return new Outcome(Result.RATE_LIMITED, detail);
		}
		if (errcode == BUSY || TOKEN_INVALID.contains(errcode)) {
			return new Outcome(Result.UNAVAILABLE, detail);
		}
		return new Outcome(Result.REFUSED, detail);
	}
}
