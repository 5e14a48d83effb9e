package com.gradverify.wechat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;

/**
 * The checked WeChat URLs. In production every base URL is absolute and none points at the demo's
 * fake WeChat ({@code /demo-wechat}); only the demo profile may use paths relative to this
 * application, so a laptop without WeChat can walk the mobile journey. Every profile needs the
 * public base URL: the callback and the demo's relative paths are built from it, never from a
 * request's {@code Host} header, which a client can set to any host it likes.
 */
final class WeChatEndpoints {

	static final String DEMO_FAKE_PATH = "/demo-wechat";

	static final String CALLBACK_PATH = "/wx/callback";

	private final WeChatProperties properties;

	private WeChatEndpoints(WeChatProperties properties) {
		this.properties = properties;
	}

	/**
	 * @throws IllegalStateException naming every problem, so that a misconfigured server does not start
	 */
	static WeChatEndpoints checked(WeChatProperties properties, boolean demoProfile) {
		List<String> problems = new ArrayList<>();
		if (isBlank(properties.appId())) {
			problems.add("gradverify.wechat.app-id is required");
		}
		if (isBlank(properties.secret())) {
			problems.add("gradverify.wechat.secret is required");
		}
		check("authorize-base-url", properties.authorizeBaseUrl(), demoProfile, problems);
		check("api-base-url", properties.apiBaseUrl(), demoProfile, problems);
		check("public-base-url", properties.publicBaseUrl(), false, problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("WeChat configuration refused: " + String.join("; ", problems));
		}
		return new WeChatEndpoints(properties);
	}

	private static void check(String name, String url, boolean demoProfile, List<String> problems) {
		String key = "gradverify.wechat." + name;
		if (isBlank(url)) {
			problems.add(key + " is required");
			return;
		}
		if (demoProfile && url.startsWith("/")) {
			return;
		}
		if (url.contains(DEMO_FAKE_PATH)) {
			problems.add(key + " points at the demo's fake WeChat, which exists only with the demo profile");
			return;
		}
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			problems.add(key + " is not a URL");
			return;
		}
		if (!uri.isAbsolute() || uri.getHost() == null
				|| !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
			problems.add(key + " must be an absolute http(s) URL");
		}
	}

	/** WeChat's authorize URL for one round trip (snsapi_base: silent, openid only). */
	URI authorizeUrl(String state) {
		String redirectUri = publicBase() + CALLBACK_PATH;
		return URI.create(resolve(properties.authorizeBaseUrl()) + "/connect/oauth2/authorize?appid="
				+ encode(properties.appId()) + "&redirect_uri=" + encode(redirectUri)
				+ "&response_type=code&scope=snsapi_base&state=" + encode(state) + "#wechat_redirect");
	}

	/** The base of WeChat's server API, e.g. https://api.weixin.qq.com. */
	URI apiBaseUrl() {
		return URI.create(resolve(properties.apiBaseUrl()));
	}

	/** A page of this application as the phone reaches it, for links in messages. */
	URI publicUrl(String path) {
		return URI.create(publicBase() + path);
	}

	private String publicBase() {
		return trimSlash(properties.publicBaseUrl());
	}

	/** The demo's paths are relative to this application as configured. */
	private String resolve(String base) {
		return trimSlash(base.startsWith("/") ? publicBase() + base : base);
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
