package com.gradverify.wechat;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test profile's WeChat configuration at {@link FakeWeChatServer#shared()}, whose port
 * is only known once it runs. An environment post-processor does this before any bean exists, so
 * every test shares one context and no test needs its own properties. The demo profile uses the
 * application's built-in fake instead and is left alone. Registered in META-INF/spring.factories
 * on the test class path.
 */
public class FakeWeChatEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("test") || environment.matchesProfiles("demo")) {
			return;
		}
		String url = FakeWeChatServer.shared().baseUrl().toString();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("fakeWeChat",
					Map.of("gradverify.wechat.authorize-base-url", url, "gradverify.wechat.api-base-url", url)));
	}

	/** After the config data post-processor, which activates the profiles. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
