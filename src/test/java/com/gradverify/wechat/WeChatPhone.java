package com.gradverify.wechat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.gradverify.wechat.Graduates.Graduate;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One phone's browser session going through the WeChat channel with MockMvc: the menu link, WeChat
 * (the fake server) and back.
 */
final class WeChatPhone {

	private final MockMvc mvc;

	final MockHttpSession session = new MockHttpSession();

	WeChatPhone(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** Opens the menu link and returns the state WeChat would bring back. */
	String openMenuLink() throws Exception {
		String location = mvc.perform(get("/wx/entry").session(session)).andReturn().getResponse().getHeader("Location");
		return UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("state");
	}

	ResultActions returnFromWeChat(String code, String state) throws Exception {
		return mvc.perform(get("/wx/callback").param("code", code).param("state", state).session(session));
	}

	/** Menu link, WeChat vouches for {@code openid}, back in the application. */
	ResultActions signInAs(FakeWeChatServer wechat, String openid) throws Exception {
		String state = openMenuLink();
		String code = "code-" + openid + "-" + state;
		wechat.issue(code, openid);
		return returnFromWeChat(code, state);
	}

	ResultActions bind(String educationCode, int year, String studentNo, String idCard, String password)
			throws Exception {
		return mvc.perform(post("/wx/bind").session(session)
			.with(csrf())
			.param("educationCode", educationCode)
			.param("graduationYear", Integer.toString(year))
			.param("studentNo", studentNo)
			.param("idCard", idCard)
			.param("password", password));
	}

	/** The graduate's own values and this password. */
	ResultActions bind(Graduate graduate, String password) throws Exception {
		return bind(graduate.educationCode(), Graduates.YEAR, graduate.studentNo(), graduate.idCard(), password);
	}

	/** The graduate's own values and default password, as a student who never signed in types them. */
	ResultActions bind(Graduate graduate) throws Exception {
		return bind(graduate, graduate.defaultPassword());
	}

	ResultActions open(String path) throws Exception {
		return mvc.perform(get(path).session(session));
	}
}
