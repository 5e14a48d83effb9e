package com.gradverify.notification;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test profile's SMS channel at {@link FakeTencentSms#shared()} and its e-mail channel at
 * {@link #greenMail()}, an SMTP server in this JVM, whose ports are known only once they run; like
 * {@code FakeWeChatEnvironment}, before any bean exists, so every test shares one context. Registered
 * in META-INF/spring.factories on the test class path.
 */
public class FakeProvidersEnvironment implements EnvironmentPostProcessor, Ordered {

	private static GreenMail greenMail;

	static synchronized GreenMail greenMail() {
		if (greenMail == null) {
			greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			greenMail.start();
		}
		return greenMail;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("test") || environment.matchesProfiles("demo")) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("fakeProviders",
					Map.of("gradverify.notification.sms.tencent.endpoint", FakeTencentSms.shared().baseUrl().toString(),
							"spring.mail.host", "127.0.0.1", "spring.mail.port",
							Integer.toString(greenMail().getSmtp().getPort()))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
