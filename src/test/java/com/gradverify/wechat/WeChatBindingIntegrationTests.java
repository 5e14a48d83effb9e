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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.StudentAccounts;
import com.gradverify.audit.AuditTrail;
import com.gradverify.shared.TooManyAttemptsException;
import com.gradverify.support.IntegrationTest;
import com.gradverify.review.ReviewState;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewStateChanged;
import com.gradverify.review.ReviewTransition;
import com.gradverify.verification.VerificationKind;
import com.gradverify.verification.VerificationView;
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

	private static final String NEW_PASSWORD = "Lantern-Quiver-58";

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

	@Autowired
	WeChatBindings bindings;

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
	void theDefaultPasswordBindsAndMustBeChangedBeforeAnythingElse() throws Exception {
		Graduate graduate = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);

		phone.bind(graduate).andExpect(redirectedUrl("/verification")).andExpect(flash().attributeExists("flashSuccess"));

		assertThat(boundAccountOf(openid)).isEqualTo(graduates.accountId(graduate));
		phone.open("/verification").andExpect(redirectedUrl("/account/password"));
		phone.open("/account/wechat").andExpect(redirectedUrl("/account/password"));
		changePassword(phone.session, graduate.defaultPassword());
		phone.open("/account/wechat").andExpect(status().isOk()).andExpect(content().string(containsString("已绑定微信")));
		// the next visit goes straight in
		new WeChatPhone(mvc).signInAs(wechat, openid).andExpect(redirectedUrl("/verification"));
	}

	@Test
	void bindingInWeChatAlsoBindsTheVerificationSoThePreFilledFormComesNextWithoutASecondBinding() throws Exception {
		Graduate graduate = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);

		phone.bind(graduate)
			.andExpect(redirectedUrl("/verification"))
			.andExpect(flash().attribute("flashSuccess", containsString("认证表已按学籍库信息预先填写")));
		changePassword(phone.session, graduate.defaultPassword());

		phone.open("/verification")
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(((VerificationView) result.getModelAndView().getModel().get("view")).bound())
				.isTrue())
			.andExpect(content().string(containsString("id=\"verification-form\"")))
			.andExpect(content().string(not(containsString("id=\"binding-form\""))))
			// pre-filled from the registry record; the 联系电话 is asked on the form
			.andExpect(content().string(containsString("value=\"" + graduate.name() + "\"")))
			.andExpect(content().string(containsString("type=\"tel\"")));
		assertThat(audit.of("verification", applicationIdOf(graduate)).stream().map(AuditTrail.AuditEntry::action))
			.contains("verification.bound");
	}

	@Test
	void aWeChatBindingWhoseRegistryRecordAnotherAccountHoldsSaysSoAndLeavesTheFormUnbound() throws Exception {
		Graduate owner = graduates.create();
		Graduate holder = graduates.create();
		long holderApplication = applicationHolding(holder, owner);
		var phone = phoneOf(newOpenId());

		phone.bind(owner)
			.andExpect(redirectedUrl("/verification"))
			.andExpect(flash().attribute("flashError", containsString("已被其他账户绑定")));

		assertThat(jdbc.sql("select count(*) from verification_application where account_id = :a and registry_record_id is not null")
			.param("a", graduates.accountId(owner)).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select registry_record_id from verification_application where id = :id")
			.param("id", holderApplication).query(Long.class).single()).isNotNull();
	}

	@Test
	void studentNoAndIdCardWithAWrongPasswordDoNotBindAndCountTowardTheSignInLockOut() throws Exception {
		Graduate graduate = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);

		phone.bind(graduate, "000000")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未找到与您填写的学历、毕业年份、学号、身份证号和登录密码一致的毕业生账户")))
			.andExpect(content().string(not(containsString("value=\"000000\""))));
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/login").param("username", graduate.studentNo()).param("password", "wrong-" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		// the fifth wrong password of the username, whichever page it was typed on, locks it
		phone.bind(graduate, "111111").andExpect(content().string(containsString("账户已锁定")));

		assertThat(boundAccountOf(openid)).isNull();
		mvc.perform(post("/login").param("username", graduate.studentNo()).param("password", graduate.defaultPassword())
			.with(csrf())).andExpect(redirectedUrl("/login?error"));
		phone.bind(graduate).andExpect(content().string(containsString("账户已锁定")));
		assertThat(boundAccountOf(openid)).isNull();
	}

	@Test
	void afterTheOwnerChangedTheirPasswordTheDefaultOneNoLongerBinds() throws Exception {
		Graduate graduate = graduates.create();
		MockHttpSession owner = login(graduate.studentNo(), graduate.defaultPassword());
		changePassword(owner, graduate.defaultPassword());
		String openid = newOpenId();
		var phone = phoneOf(openid);

		phone.bind(graduate).andExpect(status().isOk()).andExpect(content().string(containsString("未找到")));
		assertThat(boundAccountOf(openid)).isNull();

		phone.bind(graduate, NEW_PASSWORD).andExpect(redirectedUrl("/verification"));
		phone.open("/verification").andExpect(status().isOk());
	}

	@Test
	void everyNewBindingIsAuditedAndShownToTheStudent() throws Exception {
		Graduate graduate = graduates.create();
		long accountId = graduates.accountId(graduate);
		String openid = newOpenId();
		boundPhone(graduate, openid);
		MockHttpSession owner = login(graduate.studentNo(), NEW_PASSWORD);

		assertThat(audit.of("account", Long.toString(accountId))).anySatisfy(entry -> {
			assertThat(entry.action()).isEqualTo("wechat.bound");
			assertThat(entry.details()).containsEntry("openid", VerifiedOpenId.masked(openid));
		});
		// a notice in the owner's notification centre, counted by the bell on every page, also on the PC
		String page = mvc.perform(get("/verification").session(owner)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"notification-bell-count\"");
		String centre = mvc.perform(get("/notifications").session(owner)).andReturn().getResponse().getContentAsString();
		assertThat(centre).contains("绑定了微信。如非本人操作").contains("value=\"/account/wechat\"");
		mvc.perform(get("/account/wechat").session(owner))
			.andExpect(content().string(containsString(VerifiedOpenId.masked(openid))))
			.andExpect(content().string(not(containsString(openid))));

		// a second binding after an unbinding is listed too
		mvc.perform(post("/account/wechat/unbind").session(owner).with(csrf())).andExpect(redirectedUrl("/account/wechat"));
		String next = newOpenId();
		phoneOf(next).bind(graduate, NEW_PASSWORD).andExpect(redirectedUrl("/verification"));
		String history = mvc.perform(get("/account/wechat").session(owner)).andReturn().getResponse().getContentAsString();
		assertThat(history).contains(VerifiedOpenId.masked(next) + "）").contains("最近的微信绑定记录");
		assertThat(history.split("绑定了微信（", -1)).hasSize(3);
	}

	@Test
	void theIdCardMayBeTypedWithLowercaseXAndFullWidthCharacters() throws Exception {
		Graduate graduate = graduates.create();
		String typedIdCard = " " + toFullWidth(graduate.idCard().substring(0, 6)) + graduate.idCard().substring(6, 17) + "x ";
		var phone = phoneOf(newOpenId());

		phone.bind(graduate.educationCode(), Graduates.YEAR, "　" + graduate.studentNo(), typedIdCard,
				graduate.defaultPassword())
			.andExpect(redirectedUrl("/verification"));
	}

	@Test
	void aWrongIdCardEducationOrYearDoesNotBindAndKeepsWhatWasTyped() throws Exception {
		Graduate graduate = graduates.create();
		Graduate other = graduates.create();
		String openid = newOpenId();
		var phone = phoneOf(openid);

		String password = graduate.defaultPassword();

		phone.bind(graduate.educationCode(), Graduates.YEAR, graduate.studentNo(), other.idCard(), password)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未找到与您填写的学历、毕业年份、学号、身份证号和登录密码一致的毕业生账户")))
			.andExpect(content().string(containsString("value=\"" + graduate.studentNo() + "\"")));
		phone.bind("11", Graduates.YEAR, graduate.studentNo(), graduate.idCard(), password)
			.andExpect(content().string(containsString("未找到")));
		phone.bind(graduate.educationCode(), Graduates.YEAR - 1, graduate.studentNo(), graduate.idCard(), password)
			.andExpect(content().string(containsString("未找到")));

		assertThat(jdbc.sql("select count(*) from wechat_binding where openid = :o").param("o", openid)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void malformedValuesAreFieldErrorsNotAttempts() throws Exception {
		var phone = phoneOf(newOpenId());
		String studentNo = "W-none-" + UUID.randomUUID().toString().substring(0, 8);

		phone.bind("", Graduates.YEAR, studentNo, "12345", "")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "idCard", "educationCode", "password"));

		assertThat(attemptsOn(studentNo)).isZero();
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
		for (int i = 0; i < BindThrottle.MAX_ATTEMPTS; i++) {
			phone.bind(graduate.educationCode(), Graduates.YEAR, "W-guess-" + UUID.randomUUID().toString().substring(0, 8),
					graduate.idCard(), graduate.defaultPassword()).andExpect(content().string(containsString("未找到")));
		}

		phone.bind(graduate)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("绑定尝试次数过多，请 60 分钟后再试")));
	}

	@Test
	void fiveFailuresForOneStudentNoStopAttemptsOnItFromAnyWeChat() throws Exception {
		Graduate graduate = graduates.create();
		Graduate stranger = graduates.create();
		for (int i = 0; i < BindThrottle.MAX_ATTEMPTS; i++) {
			phoneOf(newOpenId()).bind(graduate.educationCode(), Graduates.YEAR, graduate.studentNo(), stranger.idCard(),
					graduate.defaultPassword())
				.andExpect(content().string(containsString("未找到")));
		}

		phoneOf(newOpenId()).bind(graduate).andExpect(content().string(containsString("绑定尝试次数过多")));
	}

	@Test
	void fortyParallelGuessesOnOneStudentNoCheckAtMostTheLimit() throws Exception {
		Graduate graduate = graduates.create();
		int guesses = 40;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(guesses);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < guesses; i++) {
				var form = form(graduate, String.format("%06d", i));
				String openid = newOpenId();
				outcomes.add(threads.submit(() -> {
					start.await();
					try {
						return bindings.bind(openid, form, "127.0.0.1").result().name();
					}
					catch (TooManyAttemptsException ex) {
						return ex.messageCode();
					}
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}

			// the rest were refused before their password was checked
			assertThat(results.stream().filter("wechat.bind.throttled"::equals))
				.hasSize(guesses - BindThrottle.MAX_ATTEMPTS);
			assertThat(results).doesNotContain("BOUND");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(attemptsOn(graduate.studentNo())).isEqualTo(guesses);
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
		var phone = boundPhone(graduate, openid);
		phone.open("/account/wechat")
			.andExpect(content().string(containsString(VerifiedOpenId.masked(openid))))
			.andExpect(content().string(containsString("id=\"wechat-unbind\"")));

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
		var phone = boundPhone(graduate, newOpenId());

		phone.open("/admin/wechat").andExpect(status().isForbidden());
	}

	@Test
	void aBoundStudentSeesReviewDecisionsInTheNotificationCentreUntilRead() throws Exception {
		Graduate graduate = graduates.create();
		var phone = boundPhone(graduate, newOpenId());
		long accountId = graduates.accountId(graduate);

		decide(accountId, ReviewState.SUBMITTED, ReviewState.COLLEGE_APPROVED);
		decide(accountId, ReviewState.DRAFT, ReviewState.SUBMITTED);

		String page = phone.open("/notifications").andReturn().getResponse().getContentAsString();
		assertThat(page).contains("您的实名认证已通过学院审核").doesNotContain("您的实名认证被驳回");
		long noticeId = jdbc.sql("""
				select id from notification where account_id = :a
				and message_code = 'notification.decision.VERIFICATION.COLLEGE_APPROVED'""")
			.param("a", accountId).query(Long.class).single();
		// and a WeChat template message, since the student follows the official account (no SMS then)
		assertThat(jdbc.sql("select channel from notification_outbox where notification_id = :n").param("n", noticeId)
			.query(String.class).list()).contains("WECHAT").doesNotContain("SMS");

		mvc.perform(post("/notifications/{id}/read", noticeId).param("next", "/verification").session(phone.session)
			.with(csrf()))
			.andExpect(redirectedUrl("/verification"));
		assertThat(jdbc.sql("select read_at is not null from notification where id = :n").param("n", noticeId)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void studentsWithoutWeChatGetTheNoticeInAppButNoWeChatMessage() {
		Graduate graduate = graduates.create();
		long accountId = graduates.accountId(graduate);

		decide(accountId, ReviewState.SUBMITTED, ReviewState.REJECTED);

		assertThat(jdbc.sql("select count(*) from notification where account_id = :a").param("a", accountId)
			.query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("""
				select count(*) from notification_outbox o join notification n on n.id = o.notification_id
				where n.account_id = :a and o.channel = 'WECHAT'""").param("a", accountId)
			.query(Integer.class).single()).isZero();
	}

	private void decide(long accountId, ReviewState from, ReviewState to) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new ReviewStateChanged(VerificationKind.NAME, 1L, accountId,
				new ReviewTransition(from, to, ReviewLevel.COLLEGE, Decision.REJECT))));
	}

	/** A phone bound with the default password, which it then changed to {@link #NEW_PASSWORD}. */
	private WeChatPhone boundPhone(Graduate graduate, String openid) throws Exception {
		var phone = phoneOf(openid);
		phone.bind(graduate).andExpect(redirectedUrl("/verification"));
		changePassword(phone.session, graduate.defaultPassword());
		return phone;
	}

	private void changePassword(MockHttpSession session, String current) throws Exception {
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)).andExpect(redirectedUrl("/"));
	}

	private static WeChatBindForm form(Graduate graduate, String password) {
		var form = new WeChatBindForm();
		form.setEducationCode(graduate.educationCode());
		form.setGraduationYear(Graduates.YEAR);
		form.setStudentNo(graduate.studentNo());
		form.setIdCard(graduate.idCard());
		form.setPassword(password);
		return form;
	}

	private MockHttpSession adminSession() throws Exception {
		String username = "wxadmin" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into account (username, display_name, role, password_hash, password_change_required)
				values (:u, '测试管理员', 'ADMIN', '{noop}Secret2026ok', false)""").param("u", username).update();
		return login(username, "Secret2026ok");
	}

	private MockHttpSession login(String username, String password) throws Exception {
		var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private String applicationIdOf(Graduate graduate) {
		return jdbc.sql("select id from verification_application where account_id = :a")
			.param("a", graduates.accountId(graduate)).query(Long.class).single().toString();
	}

	/** An application of {@code holder} bound to {@code owner}'s record, as bindings before ownership checks were left. */
	private long applicationHolding(Graduate holder, Graduate owner) {
		return jdbc.sql("""
				insert into verification_application (account_id, graduation_year, student_no, registry_record_id, status)
				values (:account, :year, :studentNo,
				        (select id from registry_record where graduation_year = :year and student_no = :owner), 'DRAFT')
				returning id""")
			.param("account", graduates.accountId(holder))
			.param("year", Graduates.YEAR)
			.param("studentNo", holder.studentNo())
			.param("owner", owner.studentNo())
			.query(Long.class)
			.single();
	}

	private Long boundAccountOf(String openid) {
		return jdbc.sql("select account_id from wechat_binding where openid = :o").param("o", openid)
			.query(Long.class).optional().orElse(null);
	}

	private int attemptsOn(String studentNo) {
		return jdbc.sql("select attempts from wechat_bind_throttle where scope = 'STUDENT_NO' and key = :s")
			.param("s", studentNo).query(Integer.class).optional().orElse(0);
	}

	private static String toFullWidth(String ascii) {
		var out = new StringBuilder();
		ascii.chars().forEach(c -> out.append((char) (c + 0xFEE0)));
		return out.toString();
	}
}
