package com.gradverify.wechat;

import static com.gradverify.wechat.WeChatSignInIntegrationTests.newOpenId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.StudentAccounts;
import com.gradverify.audit.AuditTrail;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.ApplicationStatus;
import com.gradverify.verification.VerificationStatusChanged;
import com.gradverify.wechat.Graduates.Graduate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** Binding on the phone, unbinding on the PC, and the notices a bound student gets. */
@IntegrationTest
class WeChatBindingIntegrationTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StudentAccounts students;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	MockMvc mvc;

	Graduates graduates;

	final FakeWeChatServer wechat = FakeWeChatServer.shared();

	@BeforeEach
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		graduates = new Graduates(jdbc, students);
	}

	private WeChatPhone phoneOf(String openid) throws Exception {
		var phone = new WeChatPhone(mvc);
		phone.signInAs(wechat, openid).andExpect(redirectedUrl("/wx/bind"));
		return phone;
	}

	@Test
	void matchingDataBindsSignsInAndOpensTheVerificationPage() throws Exception {
		Graduate graduate = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);

		phone.bind(graduate).andExpect(redirectedUrl("/verification")).andExpect(flash().attributeExists("flashSuccess"));

		phone.open("/account/wechat").andExpect(status().isOk()).andExpect(content().string(containsString("已绑定微信")));
		assertThat(boundAccountOf(openid)).isEqualTo(graduates.accountId(graduate));
		assertThat(audit.of("account", Long.toString(graduates.accountId(graduate))))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("wechat.bound"));
		// the next visit goes straight in
		new WeChatPhone(mvc).signInAs(wechat, openid).andExpect(redirectedUrl("/verification"));
	}

	@Test
	void theIdCardMayBeTypedWithLowercaseXAndFullWidthCharacters() throws Exception {
		Graduate graduate = graduates.create();
		String typedIdCard = " " + toFullWidth(graduate.idCard().substring(0, 6)) + graduate.idCard().substring(6, 17) + "x ";
		var phone = phoneOf(newOpenId());

		phone.bind(graduate.educationCode(), Graduates.YEAR, "　" + graduate.studentNo(), typedIdCard)
			.andExpect(redirectedUrl("/verification"));
	}

	@Test
	void aWrongIdCardEducationOrYearDoesNotBindAndKeepsWhatWasTyped() throws Exception {
		Graduate graduate = graduates.create();
		Graduate other = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);

		phone.bind(graduate.educationCode(), Graduates.YEAR, graduate.studentNo(), other.idCard())
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未找到与您填写的学历、毕业年份、学号和身份证号一致的毕业生账户")))
			.andExpect(content().string(containsString("value=\"" + graduate.studentNo() + "\"")));
		phone.bind("11", Graduates.YEAR, graduate.studentNo(), graduate.idCard())
			.andExpect(content().string(containsString("未找到")));
		phone.bind(graduate.educationCode(), Graduates.YEAR - 1, graduate.studentNo(), graduate.idCard())
			.andExpect(content().string(containsString("未找到")));

		assertThat(jdbc.sql("select count(*) from wechat_binding where openid = :o").param("o", openid)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void malformedValuesAreFieldErrorsNotAttempts() throws Exception {
		var phone = phoneOf(newOpenId());
		String studentNo = "W-none-" + UUID.randomUUID().toString().substring(0, 8);

		phone.bind("", Graduates.YEAR, studentNo, "12345")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "idCard", "educationCode"));

		assertThat(failuresOf(studentNo)).isZero();
	}

	@Test
	void anAccountBoundToAnotherWeChatCannotBeBoundAgain() throws Exception {
		Graduate graduate = graduates.create();
		String first = newOpenId();
		phoneOf(first).bind(graduate).andExpect(redirectedUrl("/verification"));

		phoneOf(newOpenId()).bind(graduate)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该账户已绑定其他微信")));

		assertThat(boundAccountOf(first)).isEqualTo(graduates.accountId(graduate));
	}

	@Test
	void aBoundWeChatCannotBindASecondAccount() throws Exception {
		Graduate graduate = graduates.create();
		Graduate second = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);
		// the verified openid stays in this session; bind it elsewhere meanwhile
		jdbc.sql("insert into wechat_binding (openid, account_id) values (:o, :a)")
			.param("o", openid)
			.param("a", graduates.accountId(graduate))
			.update();

		phone.bind(second).andExpect(redirectedUrl("/wx/entry"));

		assertThat(jdbc.sql("select count(*) from wechat_binding where account_id = :a")
			.param("a", graduates.accountId(second)).query(Integer.class).single()).isZero();
	}

	@Test
	void fiveFailuresInAnHourStopFurtherAttemptsFromThatWeChat() throws Exception {
		Graduate graduate = graduates.create();
		var phone = phoneOf(newOpenId());
		for (int i = 0; i < WeChatBindings.MAX_FAILURES; i++) {
			phone.bind(graduate.educationCode(), Graduates.YEAR, "W-guess-" + UUID.randomUUID().toString().substring(0, 8),
					graduate.idCard()).andExpect(content().string(containsString("未找到")));
		}

		phone.bind(graduate)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("绑定尝试次数过多，请 60 分钟后再试")));
	}

	@Test
	void fiveFailuresForOneStudentNoStopAttemptsOnItFromAnyWeChat() throws Exception {
		Graduate graduate = graduates.create();
		Graduate stranger = graduates.create();
		for (int i = 0; i < WeChatBindings.MAX_FAILURES; i++) {
			phoneOf(newOpenId()).bind(graduate.educationCode(), Graduates.YEAR, graduate.studentNo(), stranger.idCard())
				.andExpect(content().string(containsString("未找到")));
		}

		phoneOf(newOpenId()).bind(graduate).andExpect(content().string(containsString("绑定尝试次数过多")));
		assertThat(failuresOf(graduate.studentNo())).isEqualTo(WeChatBindings.MAX_FAILURES);
	}

	@Test
	void theBindingPageNeedsAnOpenIdThatWeChatVouchedFor() throws Exception {
		Graduate graduate = graduates.create();
		var phone = new WeChatPhone(mvc);

		phone.open("/wx/bind").andExpect(status().isBadRequest()).andExpect(content().string(containsString("href=\"/wx/entry\"")));
		phone.bind(graduate).andExpect(status().isBadRequest());
		mvc.perform(post("/wx/bind").param("studentNo", graduate.studentNo())).andExpect(status().isForbidden());
	}

	@Test
	void aStudentUnbindsFromTheAccountSettingsPage() throws Exception {
		Graduate graduate = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);
		phone.bind(graduate).andExpect(redirectedUrl("/verification"));

		mvc.perform(post("/account/wechat/unbind").session(phone.session).with(csrf()))
			.andExpect(redirectedUrl("/account/wechat"));

		assertThat(boundAccountOf(openid)).isNull();
		phone.open("/account/wechat").andExpect(content().string(containsString("尚未绑定微信")));
		assertThat(audit.of("account", Long.toString(graduates.accountId(graduate))))
			.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("wechat.unbound"));
	}

	@Test
	void anAdministratorUnbindsWithAReasonThatTheAuditTrailKeeps() throws Exception {
		Graduate graduate = graduates.create();
		String openid = newOpenId();
		phoneOf(openid).bind(graduate).andExpect(redirectedUrl("/verification"));
		MockHttpSession admin = adminSession();

		mvc.perform(get("/admin/wechat").param("studentNo", graduate.studentNo()).session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已绑定微信")));
		mvc.perform(post("/admin/wechat/unbind").param("studentNo", graduate.studentNo()).param("reason", " ")
			.session(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写解绑原因")));
		assertThat(boundAccountOf(openid)).isNotNull();

		mvc.perform(post("/admin/wechat/unbind").param("studentNo", graduate.studentNo())
			.param("reason", "学生更换微信号").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/wechat?studentNo=" + graduate.studentNo()));

		assertThat(boundAccountOf(openid)).isNull();
		assertThat(audit.of("account", Long.toString(graduates.accountId(graduate)))).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("wechat.unbound");
			assertThat(entry.details()).containsEntry("reason", "学生更换微信号").containsEntry("by", "admin");
		});
	}

	@Test
	void studentsCannotUseTheAdministratorsPage() throws Exception {
		Graduate graduate = graduates.create();
		var phone = phoneOf(newOpenId());
		phone.bind(graduate).andExpect(redirectedUrl("/verification"));

		phone.open("/admin/wechat").andExpect(status().isForbidden());
	}

	@Test
	void aBoundStudentSeesReviewDecisionsUntilDismissed() throws Exception {
		Graduate graduate = graduates.create();
		var phone = phoneOf(newOpenId());
		phone.bind(graduate).andExpect(redirectedUrl("/verification"));
		long accountId = graduates.accountId(graduate);

		decide(accountId, ApplicationStatus.SUBMITTED, ApplicationStatus.COLLEGE_APPROVED);
		decide(accountId, ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED);

		String page = phone.open("/account/wechat").andReturn().getResponse().getContentAsString();
		assertThat(page).contains("您的实名认证已通过学院审核").doesNotContain("您的实名认证被驳回");
		long noticeId = jdbc.sql("select id from wechat_notice where account_id = :a").param("a", accountId)
			.query(Long.class).single();

		mvc.perform(post("/notices/{id}/dismiss", noticeId).session(phone.session).with(csrf()))
			.andExpect(redirectedUrl("/verification"));
		phone.open("/account/wechat").andExpect(content().string(not(containsString("已通过学院审核"))));
	}

	@Test
	void studentsWithoutWeChatGetNoNotices() {
		Graduate graduate = graduates.create();
		long accountId = graduates.accountId(graduate);

		decide(accountId, ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED);

		assertThat(jdbc.sql("select count(*) from wechat_notice where account_id = :a").param("a", accountId)
			.query(Integer.class).single()).isZero();
	}

	private void decide(long accountId, ApplicationStatus from, ApplicationStatus to) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new VerificationStatusChanged(1L, accountId, from, to)));
	}

	private MockHttpSession adminSession() throws Exception {
		String username = "wxadmin" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into account (username, display_name, role, password_hash, password_change_required)
				values (:u, '测试管理员', 'ADMIN', '{noop}Secret2026ok', false)""").param("u", username).update();
		var result = mvc.perform(post("/login").param("username", username).param("password", "Secret2026ok").with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private Long boundAccountOf(String openid) {
		return jdbc.sql("select account_id from wechat_binding where openid = :o").param("o", openid)
			.query(Long.class).optional().orElse(null);
	}

	private int failuresOf(String studentNo) {
		return jdbc.sql("select count(*) from wechat_bind_attempt where student_no = :s and not succeeded")
			.param("s", studentNo).query(Integer.class).single();
	}

	private static String toFullWidth(String ascii) {
		var out = new StringBuilder();
		ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
		return out.toString();
	}
}
