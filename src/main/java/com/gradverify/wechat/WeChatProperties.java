package com.gradverify.wechat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The WeChat official account ({@code gradverify.wechat.*}). {@link WeChatEndpoints} checks the
 * values at start-up.
 *
 * @param enabled whether the WeChat entry, callback and binding pages exist at all
 * @param appId the official account's AppID
 * @param secret its AppSecret; never logged, never shown
 * @param authorizeBaseUrl where the phone is sent to authorize (WeChat: https://open.weixin.qq.com)
 * @param apiBaseUrl where this server exchanges the code (WeChat: https://api.weixin.qq.com)
 * @param publicBaseUrl this application as the phone reaches it, e.g. https://grad.example.edu.cn
 * (required): the callback URL registered with WeChat is built from it
 * @param connectTimeout connect timeout of calls to WeChat
 * @param readTimeout how long one call to WeChat may take in all
 * @param stateLifetime how long an authorization round trip may take before its state expires
 */
@ConfigurationProperties("gradverify.wechat")
record WeChatProperties(boolean enabled, String appId, String secret,
		@DefaultValue("https://open.weixin.qq.com") String authorizeBaseUrl,
		@DefaultValue("https://api.weixin.qq.com") String apiBaseUrl, String publicBaseUrl,
		@DefaultValue("3s") Duration connectTimeout, @DefaultValue("5s") Duration readTimeout,
		@DefaultValue("5m") Duration stateLifetime) {

	/** Without the secret, so that logging the configuration cannot leak it. */
	@Override
	public String toString() {
		return "WeChatProperties[enabled=" + enabled + ", appId=" + appId + ", secret=" + (secret == null ? null : "***")
				+ ", authorizeBaseUrl=" + authorizeBaseUrl + ", apiBaseUrl=" + apiBaseUrl + ", publicBaseUrl="
				+ publicBaseUrl + "]";
	}
}
