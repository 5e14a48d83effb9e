package com.gradverify.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WeChatEndpointsTests {

	private static WeChatProperties properties(String authorize, String api, String publicBase) {
		return new WeChatProperties(true, "wx1234567890", "s3cret", authorize, api, publicBase, Duration.ofSeconds(3),
				Duration.ofSeconds(5), Duration.ofMinutes(5));
	}

	@Test
	void authorizeUrlCarriesAppIdEncodedCallbackScopeAndState() {
		var endpoints = WeChatEndpoints.checked(
				properties("https://open.weixin.qq.com", "https://api.weixin.qq.com", "https://grad.example.edu.cn/"),
				false);

		assertThat(endpoints.authorizeUrl("st4te").toString())
			.isEqualTo("https://open.weixin.qq.com/connect/oauth2/authorize?appid=wx1234567890"
					+ "&redirect_uri=https%3A%2F%2Fgrad.example.edu.cn%2Fwx%2Fcallback"
					+ "&response_type=code&scope=snsapi_base&state=st4te#wechat_redirect");
		assertThat(endpoints.apiBaseUrl()).hasToString("https://api.weixin.qq.com");
	}

	@Test
	void productionRefusesTheDemoFakeAndRelativeUrls() {
		assertThatIllegalStateException()
			.isThrownBy(() -> WeChatEndpoints.checked(properties("/demo-wechat", "/demo-wechat", "https://a.edu.cn"),
					false))
			.withMessageContaining("authorize-base-url")
			.withMessageContaining("api-base-url");
		assertThatIllegalStateException()
			.isThrownBy(() -> WeChatEndpoints.checked(
					properties("https://a.edu.cn/demo-wechat", "https://api.weixin.qq.com", "https://a.edu.cn"), false))
			.withMessageContaining("demo");
	}

	@Test
	void productionRequiresCredentialsAndThePublicBaseUrl() {
		var incomplete = new WeChatProperties(true, " ", null, "https://open.weixin.qq.com",
				"https://api.weixin.qq.com", null, Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMinutes(5));

		assertThatIllegalStateException().isThrownBy(() -> WeChatEndpoints.checked(incomplete, false))
			.withMessageContaining("app-id")
			.withMessageContaining("secret")
			.withMessageContaining("public-base-url");
	}

	@Test
	void theDemoMayUseTheFakeInsideThisApplicationAsConfigured() {
		var endpoints = WeChatEndpoints.checked(properties("/demo-wechat", "/demo-wechat", "http://localhost:8080"), true);

		assertThat(endpoints.authorizeUrl("s").toString())
			.startsWith("http://localhost:8080/demo-wechat/connect/oauth2/authorize?appid=wx1234567890"
					+ "&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fwx%2Fcallback");
		assertThat(endpoints.apiBaseUrl()).hasToString("http://localhost:8080/demo-wechat");
	}

	@Test
	void theDemoTooNeedsThePublicBaseUrlSinceNoUrlIsTakenFromTheRequest() {
		assertThatIllegalStateException()
			.isThrownBy(() -> WeChatEndpoints.checked(properties("/demo-wechat", "/demo-wechat", null), true))
			.withMessageContaining("public-base-url");
	}

	@Test
	void theSecretNeverAppearsInTheConfigurationsText() {
		assertThat(properties("https://o", "https://a", "https://p")).asString().doesNotContain("s3cret");
	}

	@Test
	void anEnabledChannelWithoutTheDemoProfileRefusesToStartWithTheFake() {
		new ApplicationContextRunner().withUserConfiguration(WeChatConfiguration.class, Properties.class)
			.withPropertyValues("gradverify.wechat.enabled=true", "gradverify.wechat.app-id=wx1",
					"gradverify.wechat.secret=s", "gradverify.wechat.public-base-url=https://grad.example.edu.cn",
					"gradverify.wechat.authorize-base-url=/demo-wechat", "gradverify.wechat.api-base-url=/demo-wechat")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("demo"));
	}

	@EnableConfigurationProperties(WeChatProperties.class)
	static class Properties {
	}
}
