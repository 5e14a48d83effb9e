package com.gradverify.wechat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.util.UriComponentsBuilder;

/** The demo's fake WeChat answers like WeChat, so the real client's error handling runs in the demo too. */
class DemoWeChatControllerTests {

	private final DemoWeChatController wechat = new DemoWeChatController(null, "wxdemo", "demo-secret");

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/demo-wechat/connect/oauth2/authorize");

	@Test
	void aCodeIsExchangedForItsOpenIdOnceThenReportedUsed() {
		String code = codeFor("o-demo-1");

		assertThat(wechat.accessToken("wxdemo", "demo-secret", code)).containsEntry("openid", "o-demo-1");
		assertThat(wechat.accessToken("wxdemo", "demo-secret", code)).containsEntry("errcode", 40163);
	}

	@Test
	void wrongAppIdSecretOrCodeGetWeChatsErrorCodes() {
		String code = codeFor("o-demo-2");

		assertThat(wechat.accessToken("wx-other", "demo-secret", code)).containsEntry("errcode", 40013);
		assertThat(wechat.accessToken("wxdemo", "guess", code)).containsEntry("errcode", 40125);
		assertThat(wechat.accessToken("wxdemo", "demo-secret", "made-up")).containsEntry("errcode", 40029);
	}

	@Test
	void itRedirectsOnlyBackIntoThisApplication() {
		var model = new ExtendedModelMap();

		String view = wechat.authorize("o-demo-3", "https://evil.example/wx/callback", "s", request, model);

		assertThat(view).isEqualTo("wechat/demo-authorize");
		assertThat(model.getAttribute("problem")).isEqualTo("wechat.demo.problem.redirect");
	}

	private String codeFor(String openid) {
		String view = wechat.authorize(openid, "http://localhost/wx/callback", "st", request, new ExtendedModelMap());
		assertThat(view).startsWith("redirect:http://localhost/wx/callback?code=").endsWith("&state=st");
		return UriComponentsBuilder.fromUriString(view.substring("redirect:".length()))
			.build()
			.getQueryParams()
			.getFirst("code");
	}
}
