package com.gradverify.wechat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The WeChat client and its checked endpoints, present only when the channel is enabled. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("gradverify.wechat.enabled")
class WeChatConfiguration {

	@Bean
	WeChatEndpoints weChatEndpoints(WeChatProperties properties, Environment environment) {
		return WeChatEndpoints.checked(properties, environment.matchesProfiles("demo"));
	}

	@Bean
	WeChatOAuthClient weChatOAuthClient(WeChatProperties properties) {
		return new HttpWeChatOAuthClient(properties);
	}
}
