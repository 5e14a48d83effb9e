package com.gradverify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.SignedInAuthentication;
import com.gradverify.amendment.AmendmentDecided;
import com.gradverify.campaign.CampaignDeadlineApproaching;
import com.gradverify.campaign.CampaignOpened;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewState;
import com.gradverify.review.ReviewStateChanged;
import com.gradverify.review.ReviewTransition;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.RemindersRequested;
import com.gradverify.verification.VerificationKind;
import com.gradverify.verification.VerificationService;
import com.gradverify.wechat.FakeWeChatServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The outbox, the worker and every channel against its fake or in-process server (WeChat, Tencent
 * Cloud SMS, GreenMail), on the shared PostgreSQL: who is told, over which channels, once; limits,
 * budgets, back-off, provider rate limits and outages; preferences, scoping, the digest, the centre.
 */
@IntegrationTest
class NotificationIntegrationTests {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

	private static final AtomicInteger MOBILES = new AtomicInteger();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	ReviewerDigest digest;

	@Autowired
	NotificationProperties properties;

	@Autowired
	WebApplicationContext context;

	@Autowired
	NotificationTexts texts;

	final FakeWeChatServer wechat = FakeWeChatServer.shared();

	final FakeTencentSms sms = FakeTencentSms.shared();

	Graduates graduates;

	long college;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		// other test classes queue messages the worker is never run for; they are not this test's to deliver
		jdbc.sql("update notification_outbox set status = 'FAILED', last_error = 'left by another test' "
				+ "where status in ('QUEUED', 'DEFERRED', 'SENDING')").update();
		wechat.forgetDelivered();
		sms.reset();
	}

	@AfterEach
	void resetUsage() {
		jdbc.sql("update notification_channel_usage set minute_count = 0, day_count = 0").update();
	}

	record Student(Graduate graduate, String mobile, String email) {
		long id() {
			return graduate.account().id();
		}
	}

	private Student student(long collegeId) {
		Graduate graduate = graduates.graduate(collegeId);
		String mobile = "139" + String.format("%08d", (System.nanoTime() / 1000 + MOBILES.incrementAndGet()) % 100_000_000);
		String email = graduate.account().username().toLowerCase() + "@students.example.edu.cn";
		graduates.submitted(graduate, form -> {
			form.setMobile(mobile);
			form.setEmail(email);
		});
		return new Student(graduate, mobile, email);
	}

	private void bindWeChat(Student student, String openid) {
		jdbc.sql("insert into wechat_binding (openid, account_id) values (:openid, :account)")
			.param("openid", openid)
			.param("account", student.id())
			.update();
	}

	private void reject(long accountId, long itemId) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new ReviewStateChanged(VerificationKind.NAME, itemId,
				accountId, new ReviewTransition(ReviewState.SUBMITTED, ReviewState.REJECTED, ReviewLevel.COLLEGE,
						Decision.REJECT))));
	}

	private long applicationOf(Student student) {
		return verification.view(student.graduate().account()).applicationId();
	}

	/** channel → status of the student's outbox rows. */
	private Map<String, String> deliveries(long accountId) {
		return jdbc.sql("""
				select o.channel, o.status from notification_outbox o join notification n on n.id = o.notification_id
				where n.account_id = :account""")
			.param("account", accountId)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a + "," + b));
	}

	private Row row(long accountId, String channel) {
		return jdbc.sql("""
				select o.status, o.attempts, o.not_before from notification_outbox o
				join notification n on n.id = o.notification_id where n.account_id = :account and o.channel = :channel""")
			.param("account", accountId)
			.param("channel", channel)
			.query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
			.single();
	}

	record Row(String status, int attempts, Instant notBefore) {
	}

	private void makeDue(long accountId) {
		jdbc.sql("""
				update notification_outbox set not_before = now() where notification_id in
				(select id from notification where account_id = :account) and status in ('QUEUED', 'DEFERRED')""")
			.param("account", accountId)
			.update();
	}

	private List<MimeMessage> mailTo(String address) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : FakeProvidersEnvironment.greenMail().getReceivedMessages()) {
			if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
				found.add(message);
			}
		}
		return found;
	}

	private long smsTo(String mobile) {
		return sms.accepted().stream().filter(r -> r.body().contains("+86" + mobile)).count();
	}

	@Test
	void aDecisionReachesTheStudentOnceOnEveryChannelTheyHaveWithoutPersonalData() throws Exception {
		Student student = student(college);
		long application = applicationOf(student);

		// the same event handled twice in its transaction writes one notice
		transactions.executeWithoutResult(tx -> {
			var event = new ReviewStateChanged(VerificationKind.NAME, application, student.id(), new ReviewTransition(
					ReviewState.SUBMITTED, ReviewState.REJECTED, ReviewLevel.COLLEGE, Decision.REJECT));
			events.publishEvent(event);
			events.publishEvent(event);
		});

		assertThat(jdbc.sql("select count(*) from notification where account_id = :a and topic = 'DECISION'")
			.param("a", student.id()).query(Integer.class).single()).isOne();
		assertThat(deliveries(student.id())).containsOnlyKeys("SMS", "EMAIL");
		worker.runOnce();
		worker.runOnce();

		assertThat(deliveries(student.id())).containsEntry("SMS", "SENT").containsEntry("EMAIL", "SENT");
		List<MimeMessage> mail = mailTo(student.email());
		assertThat(mail).hasSize(1);
		assertThat(mail.get(0).getSubject()).isEqualTo("实名认证被驳回");
		String body = mail.get(0).getContent().toString();
		assertThat(body).contains("您的实名认证被驳回").contains("https://grad.example.edu.cn/verification");
		assertThat(smsTo(student.mobile())).isOne();
		String smsBody = sms.accepted().stream().filter(r -> r.body().contains(student.mobile())).findFirst().orElseThrow().body();
		assertThat(smsBody).contains("\"TemplateId\":\"100001\"").contains("实名认证被驳回");
		// no 身份证号 and no phone number in any text: the SMS names the number only as its recipient
		for (String text : List.of(body, mail.get(0).getSubject(), smsBody.replace("+86" + student.mobile(), ""))) {
			assertThat(text).doesNotContain(student.graduate().idCard()).doesNotContain(student.mobile())
				.doesNotContainPattern("[0-9]{17}[0-9X]").doesNotContainPattern("1[3-9][0-9]{9}");
		}
	}

	@Test
	void aWeChatFollowerGetsATemplateMessageInsteadOfAnSmsDeliveredAfterAnOutageAndARateLimit() throws Exception {
		Student student = student(college);
		String openid = "o-notify-" + UUID.randomUUID();
		bindWeChat(student, openid);

		reject(student.id(), applicationOf(student));
		assertThat(deliveries(student.id())).containsOnlyKeys("WECHAT", "EMAIL");

		// WeChat is down: tried again after the back-off
		wechat.answerNextSends(502, "bad gateway", 1);
		worker.runOnce();
		Row afterOutage = row(student.id(), "WECHAT");
		assertThat(afterOutage.status()).isEqualTo("QUEUED");
		assertThat(afterOutage.attempts()).isOne();
		assertThat(afterOutage.notBefore()).isCloseTo(Instant.now().plus(properties.worker().backoff()),
				within(20, ChronoUnit.SECONDS));

		// then it asks to slow down: deferred, not counted as a try
		makeDue(student.id());
		wechat.answerNextSends(200, "{\"errcode\":43117,\"errmsg\":\"frequency limit\"}", 1);
		worker.runOnce();
		Row afterLimit = row(student.id(), "WECHAT");
		assertThat(afterLimit.status()).isEqualTo("DEFERRED");
		assertThat(afterLimit.attempts()).isOne();

		// and its token was retired meanwhile: a new one is fetched once and the message goes out
		wechat.expireToken();
		int tokens = wechat.tokensIssued();
		makeDue(student.id());
		worker.runOnce();
		assertThat(row(student.id(), "WECHAT").status()).isEqualTo("SENT");
		assertThat(wechat.tokensIssued()).isEqualTo(tokens + 1);
		assertThat(wechat.delivered()).singleElement().satisfies(body -> assertThat(body)
			.contains("\"touser\":\"" + openid + "\"")
			.contains("\"template_id\":\"tpl-decision\"")
			.contains("\"url\":\"http://localhost/verification\"")
			.contains("\"thing1\":{\"value\":\"实名认证被驳回\"}")
			.doesNotContain(student.graduate().idCard()));
		assertThat(smsTo(student.mobile())).isZero();
	}

	@Test
	void aProviderDailyQuotaDefersToTomorrow() {
		Student student = student(college);
		bindWeChat(student, "o-quota-" + UUID.randomUUID());
		reject(student.id(), applicationOf(student));

		wechat.answerNextSends(200, "{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}", 1);
		worker.runOnce();

		Row row = row(student.id(), "WECHAT");
		assertThat(row.status()).isEqualTo("DEFERRED");
		assertThat(row.notBefore()).isEqualTo(LocalDate.now(CHINA).plusDays(1).atStartOfDay(CHINA).toInstant());
	}

	@Test
	void retriesWithAnExponentialBackOffAndFailsAfterTheLastTry() {
		Student student = student(college);
		reject(student.id(), applicationOf(student));
		int tries = properties.worker().maxAttempts();
		sms.answerNext(503, "", tries);

		for (int attempt = 1; attempt < tries; attempt++) {
			worker.runOnce();
			Row row = row(student.id(), "SMS");
			assertThat(row.status()).isEqualTo("QUEUED");
			assertThat(row.attempts()).isEqualTo(attempt);
			Duration pause = new Backoff(properties.worker().backoff(), properties.worker().maxBackoff()).after(attempt);
			assertThat(row.notBefore()).isCloseTo(Instant.now().plus(pause), within(20, ChronoUnit.SECONDS));
			// not due yet: another run leaves it alone
			worker.runOnce();
			assertThat(row(student.id(), "SMS").attempts()).isEqualTo(attempt);
			makeDue(student.id());
		}
		worker.runOnce();

		assertThat(row(student.id(), "SMS")).extracting(Row::status, Row::attempts).containsExactly("FAILED", tries);
		assertThat(smsTo(student.mobile())).isZero();
	}

	@Test
	void aRowClaimedElsewhereWaitsForItsLeaseAndIsTakenOverWhenItEnds() throws Exception {
		Student student = student(college);
		reject(student.id(), applicationOf(student));
		String claimedByOthers = """
				update notification_outbox set status = 'SENDING', claimed_until = now() + make_interval(secs => :secs)
				where notification_id in (select id from notification where account_id = :account)""";
		jdbc.sql(claimedByOthers).param("secs", 60).param("account", student.id()).update();

		worker.runOnce();
		assertThat(row(student.id(), "EMAIL").status()).isEqualTo("SENDING");
		assertThat(mailTo(student.email())).isEmpty();

		jdbc.sql(claimedByOthers).param("secs", -1).param("account", student.id()).update();
		worker.runOnce();
		assertThat(row(student.id(), "EMAIL").status()).isEqualTo("SENT");
		assertThat(mailTo(student.email())).hasSize(1);
	}

	@Test
	void twoWorkersAtOnceSendEveryMessageOnce() throws Exception {
		List<Student> students = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			Student student = student(college);
			reject(student.id(), applicationOf(student));
			students.add(student);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int w = 0; w < 2; w++) {
				runs.add(pool.submit(() -> {
					start.await();
					int sent = 0;
					for (int round = 0; round < 5; round++) {
						sent += worker.runOnce();
					}
					return sent;
				}));
			}
			start.countDown();
			int sent = 0;
			for (Future<Integer> run : runs) {
				sent += run.get(60, TimeUnit.SECONDS);
			}
			assertThat(sent).isEqualTo(2 * students.size());
		}
		finally {
			pool.shutdownNow();
		}
		for (Student student : students) {
			assertThat(mailTo(student.email())).hasSize(1);
			assertThat(smsTo(student.mobile())).isOne();
		}
	}

	@Test
	void theDailyBudgetDefersTheRestToTomorrowAndTheMinuteLimitHoldsMessagesBack() throws Exception {
		List<Student> students = List.of(student(college), student(college), student(college));
		students.forEach(s -> reject(s.id(), applicationOf(s)));
		// one e-mail left in today's budget; no SMS left in this minute
		jdbc.sql("""
				update notification_channel_usage set day = (now() at time zone 'Asia/Shanghai')::date, day_count = :used
				where channel = 'EMAIL'""").param("used", properties.email().dailyBudget() - 1).update();
		jdbc.sql("""
				update notification_channel_usage set minute_start = date_trunc('minute', now()), minute_count = :used,
				    day = (now() at time zone 'Asia/Shanghai')::date where channel = 'SMS'""")
			.param("used", properties.sms().perMinute()).update();

		worker.runOnce();
		worker.runOnce();

		List<String> email = students.stream().map(s -> row(s.id(), "EMAIL").status()).sorted().toList();
		assertThat(email).containsExactly("DEFERRED", "DEFERRED", "SENT");
		Instant tomorrow = LocalDate.now(CHINA).plusDays(1).atStartOfDay(CHINA).toInstant();
		students.stream().map(s -> row(s.id(), "EMAIL")).filter(r -> r.status().equals("DEFERRED"))
			.forEach(r -> assertThat(r.notBefore()).isEqualTo(tomorrow));
		assertThat(students.stream().map(s -> row(s.id(), "SMS").status())).containsOnly("QUEUED");
		assertThat(sms.accepted()).isEmpty();
	}

	@Test
	void remindersFollowTheStudentsPreferencesButDecisionsDoNot() throws Exception {
		Student allOff = student(college);
		Student smsOff = student(college);
		Student defaults = student(college);
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		var allOffSession = authentication(SignedInAuthentication.of(allOff.graduate().account()));
		mvc.perform(post("/notifications/settings").param("remindersOff", "true").with(allOffSession).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/notifications/settings").with(allOffSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reminders-off\" checked")));
		// reviewers have no reminders to turn off
		mvc.perform(get("/notifications/settings").with(authentication(SignedInAuthentication.of(school))))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/me/notification-preferences").contentType(MediaType.APPLICATION_JSON)
			.content("{\"remindersOff\":false,\"wechatOff\":false,\"smsOff\":true,\"emailOff\":false}")
			.with(authentication(SignedInAuthentication.of(smsOff.graduate().account()))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.smsOff").value(true));

		String batch = "b-" + UUID.randomUUID();
		var reminder = new RemindersRequested(batch, school.id(), Graduates.YEAR, "测试名单",
				List.of(allOff.id(), smsOff.id(), defaults.id()));
		transactions.executeWithoutResult(tx -> events.publishEvent(reminder));
		// the same request handled again adds nothing
		transactions.executeWithoutResult(tx -> events.publishEvent(reminder));

		assertThat(deliveries(allOff.id())).isEmpty();
		assertThat(deliveries(smsOff.id())).containsOnlyKeys("EMAIL");
		assertThat(deliveries(defaults.id())).containsOnlyKeys("SMS", "EMAIL");
		// every one of them has the reminder in the notification centre
		for (Student s : List.of(allOff, smsOff, defaults)) {
			assertThat(jdbc.sql("select count(*) from notification where account_id = :a and topic = 'REMINDER'")
				.param("a", s.id()).query(Integer.class).single()).isOne();
		}

		reject(allOff.id(), applicationOf(allOff));
		assertThat(deliveries(allOff.id())).containsOnlyKeys("SMS", "EMAIL");
	}

	@Test
	void aCollegeReviewersReminderReachesOnlyTheirCollegeAndTheyWatchItsProgress() throws Exception {
		long otherCollege = graduates.college();
		Student mine = student(college);
		Student notMine = student(otherCollege);
		SignedInAccount reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		String batch = "b-" + UUID.randomUUID();

		transactions.executeWithoutResult(tx -> events.publishEvent(new RemindersRequested(batch, reviewer.id(),
				Graduates.YEAR, "2026届 测试学院 未提交", List.of(mine.id(), notMine.id()))));

		assertThat(deliveries(mine.id())).containsOnlyKeys("SMS", "EMAIL");
		assertThat(jdbc.sql("select count(*) from notification where account_id = :a").param("a", notMine.id())
			.query(Integer.class).single()).isZero();
		sms.answerNext(503, "", 1);
		worker.runOnce();

		mvc.perform(get("/notifications/reminders/{key}", batch).with(authentication(SignedInAuthentication.of(reviewer))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026届 测试学院 未提交：共 1 名学生")))
			.andExpect(content().string(containsString("还有 1 条消息等待发送")));
		mvc.perform(get("/notifications/reminders/{key}", batch).with(authentication(SignedInAuthentication.of(
				graduates.reviewer(Role.SCHOOL_REVIEWER, null)))))
			.andExpect(status().isOk());
		// a colleague of the same college sees the request on the chase list and may follow it too
		mvc.perform(get("/notifications/reminders/{key}", batch).with(authentication(SignedInAuthentication.of(
				graduates.reviewer(Role.COLLEGE_REVIEWER, college)))))
			.andExpect(status().isOk());
		mvc.perform(get("/notifications/reminders/{key}", batch).with(authentication(SignedInAuthentication.of(
				graduates.reviewer(Role.COLLEGE_REVIEWER, otherCollege)))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/notifications/reminders/{key}", batch)
			.with(authentication(SignedInAuthentication.of(mine.graduate().account()))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCampaignOpeningTellsEveryStudentOfTheYearCollegeByCollege() {
		Graduates year = graduates.inYear(2093);
		long first = year.college();
		long second = year.college();
		List<Long> firstStudents = List.of(year.graduate(first).account().id(), year.graduate(first).account().id());
		long secondStudent = year.graduate(second).account().id();
		for (long id : List.of(firstStudents.get(0), firstStudents.get(1), secondStudent)) {
			bindWeChat(id, "o-campaign-" + UUID.randomUUID());
		}

		Instant closes = Instant.parse("2093-05-31T10:00:00Z");
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new CampaignOpened(7, 2093, "2093届生源信息采集", Instant.now(), closes)));
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new CampaignOpened(7, 2093, "2093届生源信息采集", Instant.now(), closes)));

		Instant firstAt = row(firstStudents.get(0), "WECHAT").notBefore();
		assertThat(row(firstStudents.get(1), "WECHAT").notBefore()).isCloseTo(firstAt, within(5, ChronoUnit.SECONDS));
		assertThat(row(secondStudent, "WECHAT").notBefore()).isCloseTo(firstAt.plus(properties.campaignStagger()),
				within(5, ChronoUnit.SECONDS));
		assertThat(jdbc.sql("select count(*) from notification where event_key like 'campaign:7:%'").query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("select arguments from notification where account_id = :a").param("a", secondStudent)
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
			.containsExactly("2093届生源信息采集", "2093-05-31 18:00");
	}

	@Test
	void aNearDeadlineRemindsOnlyTheStudentsItBindsWhoHaveYetToSubmit() {
		// a 届 no campaign test uses, below the suite's default one, so no list's default 届 moves
		Graduates year = graduates.inYear(2025);
		long early = year.college();
		long other = year.college();
		Graduate submitted = year.graduate(early);
		long notStarted = year.graduate(early).account().id();
		long ofOtherCollege = year.graduate(other).account().id();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant collegeDeadline = now.plus(1, ChronoUnit.DAYS);
		Instant closes = now.plus(2, ChronoUnit.DAYS);
		long campaign = jdbc.sql("""
				insert into campaign (graduation_year, name, opens_at, closes_at, created_by)
				values (2025, '2025届生源信息采集', :opens, :closes, 'test') returning id""")
			.param("opens", Timestamp.from(now.minus(1, ChronoUnit.DAYS)))
			.param("closes", Timestamp.from(closes))
			.query(Long.class)
			.single();
		jdbc.sql("insert into campaign_college_deadline (campaign_id, college_id, deadline) values (:c, :college, :d)")
			.param("c", campaign)
			.param("college", early)
			.param("d", Timestamp.from(collegeDeadline))
			.update();
		year.submitted(submitted);

		for (int i = 0; i < 2; i++) {
			transactions.executeWithoutResult(tx -> events.publishEvent(
					new CampaignDeadlineApproaching(campaign, 2025, early, collegeDeadline)));
		}
		assertThat(remindedOf("deadline:" + campaign + ":" + early + ":%")).containsExactly(notStarted);
		assertThat(jdbc.sql("select arguments from notification where account_id = :a").param("a", notStarted)
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
			.containsExactly(MINUTE.format(collegeDeadline));

		// the campaign's closing binds the students whose college has no deadline of its own
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new CampaignDeadlineApproaching(campaign, 2025, null, closes)));
		assertThat(remindedOf("deadline:" + campaign + ":all:%")).contains(ofOtherCollege)
			.doesNotContain(notStarted, submitted.account().id());
	}

	private List<Long> remindedOf(String eventKeyPattern) {
		return jdbc.sql("select account_id from notification where event_key like :key")
			.param("key", eventKeyPattern)
			.query(Long.class)
			.list();
	}

	private void bindWeChat(long accountId, String openid) {
		jdbc.sql("insert into wechat_binding (openid, account_id) values (:openid, :account)")
			.param("openid", openid)
			.param("account", accountId)
			.update();
	}

	@Test
	void reviewersGetOneDigestADayOfTheirOwnScope() {
		long otherCollege = graduates.college();
		Student resubmitting = student(college);
		student(college);
		SignedInAccount reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		SignedInAccount otherReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, otherCollege);
		SignedInAccount school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		transactions.executeWithoutResult(tx -> events.publishEvent(new ReviewStateChanged(VerificationKind.NAME,
				applicationOf(resubmitting), resubmitting.id(),
				new ReviewTransition(ReviewState.REJECTED, ReviewState.SUBMITTED, null, null))));
		transactions.executeWithoutResult(tx -> events.publishEvent(new ReviewStateChanged(VerificationKind.NAME,
				applicationOf(resubmitting), resubmitting.id(), new ReviewTransition(ReviewState.SUBMITTED,
						ReviewState.COLLEGE_APPROVED, ReviewLevel.COLLEGE, Decision.APPROVE))));
		// the digest of "today" is sent the next day; a far day keeps other runs' digests apart
		LocalDate nextDay = LocalDate.now(CHINA).plusDays(1);

		assertThat(digest.send(nextDay)).isPositive();
		assertThat(digest.send(nextDay)).isZero();

		assertThat(jdbc.sql("select arguments from notification where account_id = :a and topic = 'DIGEST'")
			.param("a", reviewer.id()).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
			.containsExactly("2", "1");
		assertThat(jdbc.sql("select count(*) from notification where account_id = :a").param("a", otherReviewer.id())
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select message_code from notification where account_id = :a").param("a", school.id())
			.query(String.class).single()).isEqualTo("notification.digest.school");
	}

	@Test
	void aDecisionOnAChangeRequestIsTheStudentsNotice() {
		Student student = student(college);

		transactions.executeWithoutResult(tx -> events.publishEvent(new AmendmentDecided(99, student.id(), 2026, 1, false)));

		assertThat(jdbc.sql("select message_code from notification where account_id = :a and topic = 'DECISION'")
			.param("a", student.id()).query(String.class).single()).isEqualTo("notification.amendment.REJECTED");
	}

	@Test
	void theCentreShowsOnlyTheCallersNoticesAndTheBellCountsTheUnread() throws Exception {
		Student student = student(college);
		Student other = student(college);
		reject(student.id(), applicationOf(student));
		reject(other.id(), applicationOf(other));
		var signedIn = authentication(SignedInAuthentication.of(student.graduate().account()));
		long othersNotice = jdbc.sql("select id from notification where account_id = :a").param("a", other.id())
			.query(Long.class).single();

		mvc.perform(get("/api/v1/me/notifications").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].title").value("实名认证被驳回"))
			.andExpect(jsonPath("$.items[0].link").value("/verification"))
			.andExpect(jsonPath("$.items[0].read").value(false));
		mvc.perform(get("/home").with(signedIn))
			.andExpect(content().string(containsString("id=\"notification-bell-count\">1</span>")));
		mvc.perform(post("/api/v1/me/notifications/{id}/read", othersNotice).with(signedIn).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/me/notifications/read-all").with(signedIn).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(1));

		mvc.perform(get("/notifications").with(signedIn))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的实名认证被驳回")))
			.andExpect(content().string(containsString("未读 0 条")));
		mvc.perform(get("/home").with(signedIn))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("notification-bell-count"))));
		assertThat(jdbc.sql("select read_at is null from notification where id = :id").param("id", othersNotice)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void aNewWeChatBindingsWarningNeverGoesToThatWeChat() {
		Student student = student(college);
		bindWeChat(student, "o-new-" + UUID.randomUUID());
		transactions.executeWithoutResult(tx -> events.publishEvent(new com.gradverify.wechat.WeChatBound(student.id(),
				Instant.now())));

		// whoever bound it may not be the owner: the warning goes by the owner's other channels
		assertThat(jdbc.sql("""
				select o.channel from notification_outbox o join notification n on n.id = o.notification_id
				where n.account_id = :account and n.message_code = 'notification.wechatBound'""")
			.param("account", student.id())
			.query(String.class)
			.list()).containsExactly("EMAIL");
	}

	@Test
	void noNoticeOfAnyKindCarriesAnIdCardNumberOrAPhoneNumber() {
		Student student = student(college);
		reject(student.id(), applicationOf(student));
		transactions.executeWithoutResult(tx -> events.publishEvent(new AmendmentDecided(98, student.id(), 2026, 1, true)));
		transactions.executeWithoutResult(tx -> events.publishEvent(new RemindersRequested("b-" + UUID.randomUUID(),
				graduates.reviewer(Role.SCHOOL_REVIEWER, null).id(), Graduates.YEAR, "测试名单", List.of(student.id()))));
		transactions.executeWithoutResult(tx -> events.publishEvent(new com.gradverify.wechat.WeChatBound(student.id(),
				Instant.now())));

		// every notice of the whole run so far, as the centre and the channels render it
		List<String> rendered = jdbc.sql("select message_code, arguments from notification")
			.query((rs, n) -> {
				List<String> arguments = List.of((String[]) rs.getArray(2).getArray());
				return texts.title(rs.getString(1), arguments) + " " + texts.text(rs.getString(1), arguments);
			})
			.list();
		assertThat(rendered).hasSizeGreaterThan(4)
			.allSatisfy(text -> assertThat(text).doesNotContainPattern("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])")
				.doesNotContainPattern("(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
				.doesNotContain(student.graduate().idCard())
				.doesNotContain(student.mobile()));
	}

	@Test
	void theOpenApiDocumentDescribesTheCentre() throws Exception {
		mvc.perform(get("/v3/api-docs").with(authentication(SignedInAuthentication.of(
				graduates.reviewer(Role.SCHOOL_REVIEWER, null)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me/notifications'].get.description").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/notifications/{id}/read'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/notifications/read-all'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/notification-preferences'].put").exists());
	}
}
