package com.gradverify.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a page is opened in WeChat's in-app browser, whose User-Agent carries
 * {@code MicroMessenger}: the official account's pages follow the seed's WeChat steps there (the
 * menu's 毕业去向信息采集 opens the form, whose button reads 申请认证).
 */
public final class WeChatBrowser {

	private WeChatBrowser() {
	}

	public static boolean is(String userAgent) {
		return userAgent != null && userAgent.contains("MicroMessenger");
	}

	public static boolean is(HttpServletRequest request) {
		return is(request.getHeader("User-Agent"));
	}
}
