package com.gradverify.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.StudentAccounts;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The OAuth round trip against the fake WeChat server the test profile points at. */
@IntegrationTest
class WeChatSignInIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StudentAccounts students;

	MockMvc mvc;

	Graduates graduates;

	final FakeWeChatServer wechat = FakeWeChatServer.shared();

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, students);
	}

	@Test
	void theMenuLinkSendsThePhoneToWeChatsSilentAuthorization() throws Exception {
		var phone = new WeChatPhone(mvc);
		mvc.perform(get("/wx/entry").session(phone.session))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", containsString(wechat.baseUrl() + "/connect/oauth2/authorize?"
					+ "appid=wx-test-app&redirect_uri=http%3A%2F%2Flocalhost%2Fwx%2Fcallback"
					+ "&response_type=code&scope=snsapi_base&state=")))
			.andExpect(header().string("Location", containsString("#wechat_redirect")));
		assertThat(phone.openMenuLink()).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(phone.openMenuLink());
	}

	@Test
	void anUnboundWeChatUserIsAskedToBind() throws Exception {
		var phone = new WeChatPhone(mvc);
		phone.signInAs(wechat, newOpenId()).andExpect(redirectedUrl("/wx/bind"));

		phone.open("/wx/bind")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("绑定毕业生账户")))
			.andExpect(content().string(containsString("name=\"studentNo\"")));
	}

	@Test
	void aBoundStudentIsSignedInAndLandsOnTheVerificationPage() throws Exception {
		var graduate = graduates.create();
		String openid = newOpenId();
		long accountId = graduates.accountId(graduate);
		bindDirectly(openid, accountId);
		jdbc.sql("update account set password_change_required = false where id = :id").param("id", accountId).update();
		var phone = new WeChatPhone(mvc);
		String before = phone.session.getId();

		phone.signInAs(wechat, openid).andExpect(redirectedUrl("/verification"));

		assertThat(phone.session.getId()).as("a new session id after sign-in").isNotEqualTo(before);
		phone.open("/account/wechat")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(graduate.studentNo())))
			.andExpect(content().string(containsString("已绑定微信")));
	}

	@Test
	void aBoundStudentStillOnTheDefaultPasswordMustChangeItFirst() throws Exception {
		var graduate = graduates.create();
		String openid = newOpenId();
		bindDirectly(openid, graduates.accountId(graduate));
		var phone = new WeChatPhone(mvc);
		phone.signInAs(wechat, openid).andExpect(redirectedUrl("/verification"));

		phone.open("/verification").andExpect(redirectedUrl("/account/password"));
		phone.open("/account/wechat").andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void aHostileHostHeaderNeverBecomesPartOfAUrl() throws Exception {
		var phone = new WeChatPhone(mvc);
		String location = mvc.perform(get("/wx/entry").header("Host", "evil.example:8443").session(phone.session))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getHeader("Location");

		assertThat(location).startsWith(wechat.baseUrl() + "/connect/oauth2/authorize?")
			.contains("redirect_uri=http%3A%2F%2Flocalhost%2Fwx%2Fcallback")
			.doesNotContain("evil");
	}

	@Test
	void anInvalidCodeEndsOnAPageWithARetryLink() throws Exception {
		var phone = new WeChatPhone(mvc);
		String state = phone.openMenuLink();

		phone.returnFromWeChat("not-issued-by-wechat", state)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("微信授权码无效或已过期")))
			.andExpect(content().string(containsString("href=\"/wx/entry\"")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void aReplayedStateIsRefused() throws Exception {
		var phone = new WeChatPhone(mvc);
		String state = phone.openMenuLink();
		String code = "replay-" + UUID.randomUUID();
		wechat.issue(code, newOpenId());
		phone.returnFromWeChat(code, state).andExpect(redirectedUrl("/wx/bind"));

		phone.returnFromWeChat(code, state)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("登录请求无效或已使用过")))
			.andExpect(content().string(containsString("href=\"/wx/entry\"")));
	}

	@Test
	void aForgedStateOrOneIssuedToAnotherBrowserIsRefusedBeforeWeChatIsAsked() throws Exception {
		var phone = new WeChatPhone(mvc);
		phone.openMenuLink();
		String otherBrowsersState = new WeChatPhone(mvc).openMenuLink();
		String code = "forged-" + UUID.randomUUID();
		wechat.issue(code, newOpenId());
		int asked = wechat.requests().size();

		phone.returnFromWeChat(code, "forged").andExpect(status().isBadRequest());
		phone.returnFromWeChat(code, otherBrowsersState).andExpect(status().isBadRequest());
		mvc.perform(get("/wx/callback").param("code", code)).andExpect(status().isBadRequest());

		assertThat(wechat.requests()).hasSize(asked);
	}

	@Test
	void whenWeChatDoesNotAnswerInTimeTheStudentIsToldToTryLater() throws Exception {
		var phone = new WeChatPhone(mvc);
		String state = phone.openMenuLink();
		String code = "slow-" + UUID.randomUUID();
		wechat.answerSlowly(code, Duration.ofSeconds(4));

		phone.returnFromWeChat(code, state)
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("暂时无法连接微信服务器")))
			.andExpect(content().string(containsString("href=\"/wx/entry\"")));
	}

	@Test
	void aDisabledAccountIsNotSignedIn() throws Exception {
		var graduate = graduates.create();
		String openid = newOpenId();
		long accountId = graduates.accountId(graduate);
		bindDirectly(openid, accountId);
		jdbc.sql("update account set enabled = false where id = :id").param("id", accountId).update();
		var phone = new WeChatPhone(mvc);

		phone.signInAs(wechat, openid)
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("账户已停用")));
		phone.open("/account/wechat").andExpect(redirectedUrl("/login"));
	}

	@Test
	void aLockedAccountIsNotSignedInUntilTheLockEnds() throws Exception {
		var graduate = graduates.create();
		String openid = newOpenId();
		long accountId = graduates.accountId(graduate);
		bindDirectly(openid, accountId);
		jdbc.sql("""
				insert into login_throttle (username, client_address, attempts, locked_until, last_attempt_at)
				select username, '127.0.0.1', 5, now() + interval '10 minutes', now() from account where id = :id""")
			.param("id", accountId)
			.update();

		new WeChatPhone(mvc).signInAs(wechat, openid)
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("暂时锁定")));
	}

	@Test
	void withoutTheDemoProfileThereIsNoFakeWeChat() throws Exception {
		mvc.perform(get("/demo-wechat/connect/oauth2/authorize").param("appid", "wx-test-app"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/demo-wechat/sns/oauth2/access_token").param("code", "x")).andExpect(status().isNotFound());
	}

	private void bindDirectly(String openid, long accountId) {
		jdbc.sql("insert into wechat_binding (openid, account_id) values (:o, :a)")
			.param("o", openid)
			.param("a", accountId)
			.update();
	}

	static String newOpenId() {
		return "o-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
	}
}
