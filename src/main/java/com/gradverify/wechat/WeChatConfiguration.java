package com.gradverify.wechat;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The WeChat clients (sign-in, template messages) and their checked endpoints, present only when the channel is enabled. */
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

	@Bean
	WeChatAccessTokens weChatAccessTokens(WeChatProperties properties, WeChatEndpoints endpoints, JdbcClient jdbc,
			TransactionTemplate transactions) {
		return new WeChatAccessTokens(properties, endpoints, jdbc, transactions);
	}

	@Bean
	WeChatMessages weChatMessages(WeChatProperties properties, WeChatEndpoints endpoints, WeChatAccessTokens tokens) {
		return new HttpWeChatMessages(properties, endpoints, tokens);
	}
}
