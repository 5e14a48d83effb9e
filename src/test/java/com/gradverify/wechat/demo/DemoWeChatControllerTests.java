package com.gradverify.wechat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The demo's fake WeChat answers like WeChat, so the real client's error handling runs in the demo
 * too, and shows a visitor no openid but a new one and the one this browser used last.
 */
class DemoWeChatControllerTests {

	private static final String CALLBACK = "http://localhost:8080/wx/callback";

	private final DemoWeChatController wechat = new DemoWeChatController("wxdemo", "demo-secret",
			"http://localhost:8080/");

	@Test
	void aCodeIsExchangedForItsOpenIdOnceThenReportedUsed() {
		String code = codeFor("o-demo-1", new MockHttpServletResponse());

		assertThat(wechat.accessToken("wxdemo", "demo-secret", code)).containsEntry("openid", "o-demo-1");
		assertThat(wechat.accessToken("wxdemo", "demo-secret", code)).containsEntry("errcode", 40163);
	}

	@Test
	void wrongAppIdSecretOrCodeGetWeChatsErrorCodes() {
		String code = codeFor("o-demo-2", new MockHttpServletResponse());

		assertThat(wechat.accessToken("wx-other", "demo-secret", code)).containsEntry("errcode", 40013);
		assertThat(wechat.accessToken("wxdemo", "guess", code)).containsEntry("errcode", 40125);
		assertThat(wechat.accessToken("wxdemo", "demo-secret", "made-up")).containsEntry("errcode", 40029);
	}

	@Test
	void itRedirectsOnlyBackIntoThisApplicationAsConfigured() {
		for (String elsewhere : new String[] { "https://evil.example/wx/callback", "http://localhost:8080.evil.example/x",
				"http://localhost:9090/wx/callback" }) {
			var model = new ExtendedModelMap();

			String view = wechat.authorize("o-demo-3", elsewhere, "s", null, new MockHttpServletResponse(), model);

			assertThat(view).isEqualTo("wechat/demo-authorize");
			assertThat(model.getAttribute("problem")).isEqualTo("wechat.demo.problem.redirect");
		}
	}

	@Test
	void theAuthorizePageOffersANewOpenIdAndTheOneThisBrowserUsedLastOnly() {
		var response = new MockHttpServletResponse();
		codeFor("o-demo-mine", response);
		String remembered = response.getCookie(DemoWeChatController.COOKIE).getValue();
		var firstVisit = new ExtendedModelMap();
		var again = new ExtendedModelMap();

		wechat.authorizePage("wxdemo", CALLBACK, "s", null, firstVisit);
		wechat.authorizePage("wxdemo", CALLBACK, "s", remembered, again);

		assertThat(firstVisit.getAttribute("rememberedOpenId")).isNull();
		assertThat((String) firstVisit.getAttribute("newOpenId")).startsWith("o-demo-").isNotEqualTo("o-demo-mine");
		assertThat(again.getAttribute("rememberedOpenId")).isEqualTo("o-demo-mine");
		assertThat(response.getCookie(DemoWeChatController.COOKIE).isHttpOnly()).isTrue();
	}

	@Test
	void anOpenIdThatWeChatWouldNotIssueIsAFieldError() {
		var model = new ExtendedModelMap();
		var response = new MockHttpServletResponse();

		String view = wechat.authorize("o demo;x=1", CALLBACK, "s", null, response, model);

		assertThat(view).isEqualTo("wechat/demo-authorize");
		assertThat(model.getAttribute("openidError")).isEqualTo("wechat.demo.openid.invalid");
		assertThat(model.getAttribute("newOpenId")).isEqualTo("o demo;x=1");
		assertThat(response.getCookie(DemoWeChatController.COOKIE)).isNull();
	}

	private String codeFor(String openid, MockHttpServletResponse response) {
		String view = wechat.authorize(openid, CALLBACK, "st", null, response, new ExtendedModelMap());
		assertThat(view).startsWith("redirect:" + CALLBACK + "?code=").endsWith("&state=st");
		return UriComponentsBuilder.fromUriString(view.substring("redirect:".length()))
			.build()
			.getQueryParams()
			.getFirst("code");
	}
}
