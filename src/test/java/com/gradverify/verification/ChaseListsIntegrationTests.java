package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewService;
import com.gradverify.shared.ConflictException;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Chase lists (催办名单) on PostgreSQL: one college's graduates put into every state through the real
 * services (a sign-in through the login form), each list holding exactly its students, the scope of a
 * college reviewer, majors and classes, and the reminder request with its event, record and audit.
 */
@IntegrationTest
@RecordApplicationEvents
class ChaseListsIntegrationTests {

	@Autowired
	ChaseLists lists;

	@Autowired
	ChaseReminders reminders;

	@Autowired
	VerificationProgress progress;

	@Autowired
	ReviewService reviews;

	@Autowired
	VerificationService verification;

	@Autowired
	BindingService binding;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationEvents events;

	Graduates graduates;

	long college;

	long otherCollege;

	SignedInAccount school;

	SignedInAccount reviewer;

	SignedInAccount otherReviewer;

	Graduate neverSignedIn;

	Graduate signedInOnly;

	Graduate emptyDraft;

	Graduate waitingForCollege;

	Graduate handFilled;

	Graduate waitingForSchool;

	Graduate rejected;

	Graduate resubmitted;

	Graduate approved;

	Graduate elsewhere;

	@BeforeEach
	void setUp() throws Exception {
		graduates = new Graduates(jdbc, binding, verification);
		college = graduates.college();
		otherCollege = graduates.college();
		school = graduates.reviewer(Role.SCHOOL_REVIEWER, null);
		reviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, college);
		otherReviewer = graduates.reviewer(Role.COLLEGE_REVIEWER, otherCollege);
		neverSignedIn = graduates.graduate(college);
		signedInOnly = graduates.graduate(college);
		signIn(signedInOnly);
		emptyDraft = graduates.graduate(college);
		verification.view(emptyDraft.account());
		waitingForCollege = graduates.graduate(college);
		graduates.submitted(waitingForCollege);
		handFilled = graduates.graduate(college);
		graduates.submittedUnbound(handFilled);
		waitingForSchool = graduates.graduate(college);
		decide(reviewer, graduates.submitted(waitingForSchool).applicationId(), Decision.APPROVE);
		rejected = graduates.graduate(college);
		decide(reviewer, graduates.submitted(rejected).applicationId(), Decision.REJECT);
		resubmitted = graduates.graduate(college);
		decide(reviewer, graduates.submitted(resubmitted).applicationId(), Decision.REJECT);
		verification.submit(resubmitted.account(), verification.view(resubmitted.account()).version());
		approved = graduates.graduate(college);
		long approvedId = graduates.submitted(approved).applicationId();
		decide(reviewer, approvedId, Decision.APPROVE);
		decide(school, approvedId, Decision.APPROVE);
		elsewhere = graduates.graduate(otherCollege);
		graduates.submitted(elsewhere);
	}

	@Test
	void eachStatesListHoldsExactlyTheStudentsInThatState() {
		assertThat(list(ChaseState.NEVER_SIGNED_IN)).containsExactly(no(neverSignedIn));
		assertThat(list(ChaseState.UNBOUND)).containsExactlyInAnyOrder(no(neverSignedIn), no(signedInOnly),
				no(emptyDraft), no(handFilled));
		assertThat(list(ChaseState.DRAFT)).containsExactly(no(emptyDraft));
		assertThat(list(ChaseState.WAITING_FOR_COLLEGE)).containsExactlyInAnyOrder(no(waitingForCollege),
				no(handFilled), no(resubmitted));
		assertThat(list(ChaseState.WAITING_FOR_SCHOOL)).containsExactly(no(waitingForSchool));
		assertThat(list(ChaseState.WAITING)).containsExactlyInAnyOrder(no(waitingForCollege), no(handFilled),
				no(resubmitted), no(waitingForSchool));
		// rejected and not submitted again: the resubmitted one is waiting for the college instead
		assertThat(list(ChaseState.REJECTED)).containsExactly(no(rejected));
		assertThat(list(ChaseState.APPROVED)).containsExactly(no(approved));
		assertThat(list(null)).hasSize(9);

		ChaseStudent shown = lists.students(school, query(ChaseState.WAITING_FOR_COLLEGE))
			.stream()
			.filter(s -> s.accountId() == waitingForCollege.account().id())
			.findFirst()
			.orElseThrow();
		assertThat(shown.maskedIdCard()).isEqualTo("430602************");
		assertThat(shown.maskedMobile()).isEqualTo("138****8000");
		assertThat(shown.collegeName()).isEqualTo(graduates.collegeName(college));
		assertThat(shown.majorCode()).isEqualTo("080901");
		assertThat(shown.className()).isEqualTo("计科2201");
		assertThat(shown.bound()).isTrue();

		// the dashboard's numbers are these lists' sizes
		var row = progress.dashboard(school, Graduates.YEAR)
			.colleges()
			.stream()
			.filter(r -> Long.valueOf(college).equals(r.collegeId()))
			.findFirst()
			.orElseThrow();
		assertThat(row.counts()).isEqualTo(new VerificationProgress.Counts(9, 1, 4, 1, 3, 1, 1, 1));
		assertThat(lists.accountIds(Graduates.YEAR, college, Set.of(ChaseState.NEVER_SIGNED_IN, ChaseState.DRAFT)))
			.containsExactlyInAnyOrder(neverSignedIn.account().id(), emptyDraft.account().id());
	}

	@Test
	void aCollegeReviewerSeesOnlyTheirOwnCollege() {
		assertThat(lists.students(otherReviewer, query(null))).isEmpty();
		assertThat(lists.students(otherReviewer, new ChaseQuery(Graduates.YEAR, null, null, null, null)))
			.extracting(ChaseStudent::accountId)
			.containsExactly(elsewhere.account().id());
		assertThat(lists.students(reviewer, query(ChaseState.NEVER_SIGNED_IN))).hasSize(1);
		assertThat(progress.dashboard(otherReviewer, Graduates.YEAR).colleges()).extracting(r -> r.collegeId())
			.containsExactly(otherCollege);
		assertThat(lists.accountIds(Graduates.YEAR, otherCollege, Set.of(ChaseState.values())))
			.containsExactly(elsewhere.account().id());
	}

	@Test
	void listsAndTheDashboardGoByTheRegistrysMajorAndClass() {
		graduates.placedIn(rejected, "120203K", "会计学", "会计2202");
		graduates.placedIn(approved, "120203K", "会计学", "会计2202");
		graduates.placedIn(neverSignedIn, "120203K", "会计学", "会计2203");

		assertThat(lists.students(school, new ChaseQuery(Graduates.YEAR, college, "120203k", null, null)))
			.extracting(ChaseStudent::studentNo)
			.containsExactly(no(rejected), no(approved), no(neverSignedIn));
		assertThat(lists.students(school, new ChaseQuery(Graduates.YEAR, college, null, "会计2202", ChaseState.REJECTED)))
			.extracting(ChaseStudent::studentNo)
			.containsExactly(no(rejected));

		var dashboard = progress.dashboard(reviewer, Graduates.YEAR);
		assertThat(dashboard.majors()).extracting(r -> r.majorCode()).containsExactly("080901", "120203K");
		assertThat(dashboard.classes()).extracting(r -> r.className()).containsExactly("计科2201", "会计2202", "会计2203");
		var accounting = dashboard.classes().get(1);
		assertThat(accounting.counts()).isEqualTo(new VerificationProgress.Counts(2, 0, 0, 0, 0, 0, 1, 1));
		assertThat(accounting.listable()).isTrue();
	}

	@Test
	void aReminderRequestIsRecordedAuditedAndAnnouncedOnceWithTheStudentsOfTheList() {
		ChaseQuery unbound = query(ChaseState.UNBOUND);
		var request = reminders.request(school, unbound, "token-" + college, "2026届 测试学院 未绑定学籍");

		assertThat(request.created()).isTrue();
		assertThat(request.students()).isEqualTo(4);
		List<RemindersRequested> announced = events.stream(RemindersRequested.class)
			.filter(e -> e.batchKey().equals(request.batchKey()))
			.toList();
		assertThat(announced).hasSize(1);
		assertThat(announced.get(0).studentAccountIds()).containsExactlyInAnyOrder(neverSignedIn.account().id(),
				signedInOnly.account().id(), emptyDraft.account().id(), handFilled.account().id());
		assertThat(announced.get(0).requestedBy()).isEqualTo(school.id());
		assertThat(announced.get(0).graduationYear()).isEqualTo(Graduates.YEAR);
		assertThat(announced.get(0).description()).isEqualTo("2026届 测试学院 未绑定学籍");

		// a double click: the same token is the same request, announced no more
		var again = reminders.request(school, unbound, "token-" + college, "2026届 测试学院 未绑定学籍");
		assertThat(again.created()).isFalse();
		assertThat(again.batchKey()).isEqualTo(request.batchKey());
		assertThat(events.stream(RemindersRequested.class)).hasSize(1);
		assertThatThrownBy(() -> reminders.request(school, query(ChaseState.DRAFT), "token-" + college, "草稿"))
			.isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("messageCode", "chase.remind.tokenReused");

		assertThat(audit.of("chase-reminder", request.batchKey())).singleElement()
			.satisfies(entry -> assertThat(entry.details()).containsEntry("students", 4).containsEntry("state", "UNBOUND"));
		assertThat(jdbc.sql("select student_account_ids from chase_reminder_request where batch_key = :key")
			.param("key", request.batchKey())
			.query((rs, n) -> List.of((Long[]) rs.getArray(1).getArray()))
			.single()).hasSize(4);
		assertThat(reminders.requests(reviewer, Graduates.YEAR, 20)).extracting(ChaseReminders.Request::batchKey)
			.contains(request.batchKey());
		assertThat(reminders.requests(otherReviewer, Graduates.YEAR, 20)).extracting(ChaseReminders.Request::batchKey)
			.doesNotContain(request.batchKey());
	}

	@Test
	void aCollegeReviewerCannotRemindAnotherCollegeNorAnyoneSendAnEmptyList() {
		assertThatThrownBy(() -> reminders.request(otherReviewer, query(ChaseState.UNBOUND), "t-" + otherCollege, "x"))
			.isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("messageCode", "chase.remind.empty");
		assertThatThrownBy(() -> reminders.request(school,
				new ChaseQuery(Graduates.YEAR, college, null, "没有这个班", null), "t-" + college, "x"))
			.isInstanceOf(ConflictException.class);
		assertThat(events.stream(RemindersRequested.class)).isEmpty();
		assertThat(jdbc.sql("select count(*) from chase_reminder_request where request_token in (:a, :b)")
			.param("a", "t-" + otherCollege)
			.param("b", "t-" + college)
			.query(Long.class)
			.single()).isZero();

		// without a college, a college reviewer's list is their own college's, and so is the request
		var own = reminders.request(reviewer, new ChaseQuery(Graduates.YEAR, null, null, null, ChaseState.REJECTED),
				"own-" + college, "已驳回");
		assertThat(own.query().collegeId()).isEqualTo(college);
		assertThat(events.stream(RemindersRequested.class).findFirst().orElseThrow().studentAccountIds())
			.containsExactly(rejected.account().id());
	}

	private List<String> list(ChaseState state) {
		return lists.students(school, query(state)).stream().map(ChaseStudent::studentNo).toList();
	}

	private ChaseQuery query(ChaseState state) {
		return new ChaseQuery(Graduates.YEAR, college, null, null, state);
	}

	private static String no(Graduate graduate) {
		return graduate.account().username();
	}

	private void decide(SignedInAccount by, long applicationId, Decision decision) {
		reviews.decide(by, "VERIFICATION", applicationId, decision, decision == Decision.REJECT ? "信息有误" : null, null);
	}

	/** The student signs in with the default password, as on the login page. */
	private void signIn(Graduate graduate) throws Exception {
		var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
		String password = graduate.idCard().substring(12);
		mvc.perform(post("/login").param("username", no(graduate)).param("password", password).with(csrf()));
		assertThat(jdbc.sql("select first_signed_in_at is not null from account where id = :id")
			.param("id", graduate.account().id())
			.query(Boolean.class)
			.single()).as("signed in").isTrue();
	}
}
