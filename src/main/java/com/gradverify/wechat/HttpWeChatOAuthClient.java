package com.gradverify.wechat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.web.util.UriUtils;

/** Exchanges the authorize redirect's code for the openid through {@link WeChatHttp}. */
class HttpWeChatOAuthClient implements WeChatOAuthClient {

	private static final Logger log = LoggerFactory.getLogger(HttpWeChatOAuthClient.class);

	private final WeChatProperties properties;

	private final WeChatHttp http;

	HttpWeChatOAuthClient(WeChatProperties properties) {
		this.properties = properties;
		this.http = new WeChatHttp(properties);
	}

	@Override
	public String openIdFor(URI apiBaseUrl, String code) {
		URI uri = URI.create(apiBaseUrl + "/sns/oauth2/access_token?appid=" + encode(properties.appId()) + "&secret="
				+ encode(properties.secret()) + "&code=" + encode(code) + "&grant_type=authorization_code");
		JsonNode json = http.call(HttpRequest.newBuilder(uri).GET(), "code exchange");
		long errcode = WeChatHttp.errcode(json);
		if (errcode != 0) {
			String errmsg = WeChatHttp.errmsg(json);
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

	static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}
}
