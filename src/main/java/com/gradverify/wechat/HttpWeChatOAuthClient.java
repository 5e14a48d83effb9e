package com.gradverify.wechat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.util.UriUtils;

/**
 * Calls WeChat over HTTP with the JDK client and bounded timeouts. WeChat answers errors with
 * HTTP 200 and {@code {"errcode":…,"errmsg":…}}, often typed text/plain, so the body is read as
 * JSON whatever its content type. The URL carries the secret and is therefore never logged.
 */
class HttpWeChatOAuthClient implements WeChatOAuthClient {

	private static final Logger log = LoggerFactory.getLogger(HttpWeChatOAuthClient.class);

	private final WeChatProperties properties;

	private final HttpClient http;

	HttpWeChatOAuthClient(WeChatProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public String openIdFor(URI apiBaseUrl, String code) {
		URI uri = URI.create(apiBaseUrl + "/sns/oauth2/access_token?appid=" + encode(properties.appId()) + "&secret="
				+ encode(properties.secret()) + "&code=" + encode(code) + "&grant_type=authorization_code");
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout()).GET().build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			log.warn("WeChat code exchange failed at {}: {}", apiBaseUrl, ex.toString());
			throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "WeChat unreachable", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "interrupted", ex);
		}
		if (response.statusCode() != 200) {
			log.warn("WeChat code exchange answered HTTP {}", response.statusCode());
			throw new WeChatException(WeChatException.Kind.UNAVAILABLE, "HTTP " + response.statusCode());
		}
		return openIdIn(response.body());
	}

	private static String openIdIn(String body) {
		JsonNode json;
		try {
			json = JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			log.warn("WeChat code exchange answered something that is not JSON");
			throw new WeChatException(WeChatException.Kind.REFUSED, "not JSON", ex);
		}
		long errcode = json.path("errcode").asLong(0);
		if (errcode != 0) {
			String errmsg = json.path("errmsg").asString("");
			log.info("WeChat refused the code: errcode {} ({})", errcode, errmsg);
			throw new WeChatException(WeChatException.kindOf(errcode), "errcode " + errcode + ": " + errmsg);
		}
		String openid = json.path("openid").asString("");
		if (openid.isBlank()) {
			log.warn("WeChat code exchange answered without an openid");
			throw new WeChatException(WeChatException.Kind.REFUSED, "no openid");
		}
		return openid;
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}
}
