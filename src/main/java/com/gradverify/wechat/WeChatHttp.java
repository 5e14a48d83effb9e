package com.gradverify.wechat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call to WeChat's server API with the JDK client and bounded timeouts. WeChat answers errors
 * with HTTP 200 and {@code {"errcode":…,"errmsg":…}}, often typed text/plain, so the body is read as
 * JSON whatever its content type. URLs carry the secret or the access token and are never logged.
 */
final class WeChatHttp {

	private static final Logger log = LoggerFactory.getLogger(WeChatHttp.class);

	private final WeChatProperties properties;

	private final HttpClient http;

	WeChatHttp(WeChatProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The answer's JSON, errcode included (the caller decides what an error code means).
	 * @param what names the call in logs and messages, e.g. "code exchange"
	 * @throws WeChatException UNAVAILABLE without an answer or with an error status, REFUSED for an
	 * answer that is not JSON
	 */
	JsonNode call(HttpRequest.Builder request, String what) {
		HttpResponse<String> response;
		try {
			response = http.send(request.timeout(properties.readTimeout()).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			log.warn("WeChat {} failed: {}", what, ex.toString());
			throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat unreachable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "interrupted", ex);
		}
		if (response.statusCode() != 200) {
			log.warn("WeChat {} answered HTTP {}", what, response.statusCode());
			throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "HTTP " + response.statusCode());
		}
		try {
			return JsonMapper.shared().readTree(response.body());
		}
		catch (JacksonException ex) {
			log.warn("WeChat {} answered something that is not JSON", what);
			throw new WeChatException(WeChatException.Kind.REFUSED, "not JSON", ex);
		}
	}

	static long errcode(JsonNode json) {
		return json.path("errcode").asLong(0);
	}

	static String errmsg(JsonNode json) {
		return json.path("errmsg").asString("");
	}
}
