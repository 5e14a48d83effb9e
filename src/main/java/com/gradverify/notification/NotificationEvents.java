package com.gradverify.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.account.AccountLookup;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.account.StudentAccounts;
import com.gradverify.account.StudentAccounts.StudentPlacement;
import com.gradverify.amendment.AmendmentDecided;
import com.gradverify.campaign.CampaignDeadlineApproaching;
import com.gradverify.campaign.CampaignOpened;
import com.gradverify.campaign.CollectionWindow;
import com.gradverify.campaign.CollectionWindows;
import com.gradverify.review.ReviewState;
import com.gradverify.review.ReviewStateChanged;
import com.gradverify.verification.ChaseLists;
import com.gradverify.verification.RemindersRequested;
import com.gradverify.wechat.WeChatBound;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the events someone must hear of into notices, synchronously in the transaction that raised
 * them ({@link Outbox}): no decision without its notice, no notice of a decision rolled back.
 * Recipients are decided here and nowhere else: a student only about their own applications, the
 * students of a reminder only within the scope of who asked for it.
 */
@Component
class NotificationEvents {

	private static final Logger log = LoggerFactory.getLogger(NotificationEvents.class);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

	/** The states only a reviewer's decision leads to. */
	private static final Set<ReviewState> DECISIONS = EnumSet.of(ReviewState.COLLEGE_APPROVED, ReviewState.APPROVED,
			ReviewState.REJECTED);

	/** Where a student reads the decision on each kind. */
	private static final Map<String, String> PAGES = Map.of("VERIFICATION", "/verification", "AGREEMENT",
			"/agreements", "BREACH", "/breaches");

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final StudentAccounts students;

	private final AccountLookup accounts;

	private final ChaseLists chaseLists;

	private final CollectionWindows collectionWindows;

	private final NotificationProperties properties;

	NotificationEvents(Outbox outbox, JdbcClient jdbc, StudentAccounts students, AccountLookup accounts,
			ChaseLists chaseLists, CollectionWindows collectionWindows, NotificationProperties properties) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.students = students;
		this.accounts = accounts;
		this.chaseLists = chaseLists;
		this.collectionWindows = collectionWindows;
		this.properties = properties;
	}

	/** A decision goes to the student it is about; submissions feed the reviewers' digest. */
	@EventListener
	void on(ReviewStateChanged event) {
		if (event.itemId() == null || !PAGES.containsKey(event.kind())) {
			return;
		}
		if (event.transition().byReviewer() && DECISIONS.contains(event.to())) {
			outbox.write(new Notice("review:" + event.kind() + ":" + event.itemId() + ":" + event.to() + ":"
					+ outbox.transactionId(), Topic.DECISION, "notification.decision." + event.kind() + "." + event.to(),
					List.of(), PAGES.get(event.kind())), Outbox.Recipient.now(List.of(event.accountId())), null);
		}
		if (event.to() == ReviewState.SUBMITTED || event.to() == ReviewState.COLLEGE_APPROVED) {
			jdbc.sql("""
					insert into notification_review_arrival (kind, item_id, account_id, college_id, level, resubmitted)
					values (:kind, :item, :account, :college, :level, :resubmitted)""")
				.param("kind", event.kind())
				.param("item", event.itemId())
				.param("account", event.accountId())
				.param("college", accounts.currentCollegeId(event.accountId()))
				.param("level", event.to().awaiting().name())
				.param("resubmitted", event.from() == ReviewState.REJECTED)
				.update();
		}
	}

	@EventListener
	void on(AmendmentDecided event) {
		outbox.write(new Notice("amendment:" + event.requestId() + ":" + event.revision(), Topic.DECISION,
				"notification.amendment." + (event.approved() ? "APPROVED" : "REJECTED"), List.of(),
				"/verification/amendments"), Outbox.Recipient.now(List.of(event.accountId())), null);
	}

	/**
	 * The students of the 届 who have yet to submit and may now, one college after another, each told
	 * their own deadline (their college's, where it has one, else the closing).
	 */
	@EventListener
	void on(CampaignOpened event) {
		Set<Long> pending = Set.copyOf(chaseLists.yetToSubmit(event.graduationYear(), null));
		List<StudentPlacement> placements = students.placements(event.graduationYear())
			.stream()
			.filter(p -> pending.contains(p.accountId()))
			.toList();
		List<Outbox.Recipient> staggered = staggeredByCollege(placements);
		CollectionWindows.YearWindows windows = collectionWindows.ofYear(event.graduationYear());
		Map<Instant, List<Outbox.Recipient>> byDeadline = new TreeMap<>();
		for (int i = 0; i < placements.size(); i++) {
			CollectionWindow window = windows.of(placements.get(i).collegeId(), placements.get(i).accountId());
			if (window.allowsSubmission()) {
				Instant deadline = window.deadline() == null ? event.closesAt() : window.deadline();
				byDeadline.computeIfAbsent(deadline, d -> new ArrayList<>()).add(staggered.get(i));
			}
		}
		String key = "campaign:" + event.campaignId() + ":" + event.closesAt().getEpochSecond();
		int written = 0;
		for (Map.Entry<Instant, List<Outbox.Recipient>> group : byDeadline.entrySet()) {
			Instant deadline = group.getKey();
			String groupKey = deadline.equals(event.closesAt()) ? key : key + ":" + deadline.getEpochSecond();
			written += outbox.write(new Notice(groupKey, Topic.REMINDER, "notification.campaign.opened",
					List.of(event.name(), MINUTE.format(deadline)), "/verification"), group.getValue(), null);
		}
		log.info("Campaign {} opened: {} students of {} told, staggered by {} a college", event.campaignId(), written,
				event.graduationYear(), properties.campaignStagger());
	}

	/**
	 * A deadline is near: the students it binds who have yet to submit are reminded, one college after
	 * another as at the opening. The campaign's closing binds only students whose college has no
	 * deadline of its own; those who submitted, or whose application is approved, hear nothing.
	 */
	@EventListener
	void on(CampaignDeadlineApproaching event) {
		Set<Long> pending = Set.copyOf(chaseLists.yetToSubmit(event.graduationYear(), event.collegeId()));
		CollectionWindows.YearWindows windows = collectionWindows.ofYear(event.graduationYear());
		List<StudentPlacement> placements = students.placements(event.graduationYear())
			.stream()
			.filter(p -> pending.contains(p.accountId()))
			.filter(p -> event.deadline().equals(windows.of(p.collegeId(), p.accountId()).deadline()))
			.toList();
		int written = outbox.write(new Notice("deadline:" + event.campaignId() + ":"
				+ (event.collegeId() == null ? "all" : event.collegeId()) + ":" + event.deadline().getEpochSecond(),
				Topic.REMINDER, "notification.campaign.deadline", List.of(MINUTE.format(event.deadline())),
				"/verification"), staggeredByCollege(placements), null);
		log.info("Campaign {} deadline {} (college {}): {} students yet to submit reminded", event.campaignId(),
				event.deadline(), event.collegeId(), written);
	}

	/**
	 * Each further college's messages may go out {@code campaign-stagger} later than the one before, so
	 * that a whole 届 does not open the form within the same minutes; the notice itself is in every
	 * student's centre at once.
	 */
	private List<Outbox.Recipient> staggeredByCollege(List<StudentPlacement> placements) {
		TreeSet<Long> colleges = new TreeSet<>();
		placements.forEach(p -> colleges.add(p.collegeId() == null ? Long.MAX_VALUE : p.collegeId()));
		List<Long> order = new ArrayList<>(colleges);
		return placements.stream()
			.map(p -> new Outbox.Recipient(p.accountId(), properties.campaignStagger()
				.multipliedBy(order.indexOf(p.collegeId() == null ? Long.MAX_VALUE : p.collegeId()))))
			.toList();
	}

	/**
	 * A staff member's reminder to the students of a chase list. Only students of that 届, and for a
	 * college reviewer only those of their college, whatever the event lists: nobody is reminded by
	 * someone whose scope they are not in.
	 */
	@EventListener
	void on(RemindersRequested event) {
		SignedInAccount requester = accounts.byId(event.requestedBy())
			.orElseThrow(() -> new IllegalStateException("reminder by an unknown account"));
		if (requester.is(Role.STUDENT)) {
			throw new IllegalStateException("students cannot send reminders");
		}
		Set<Long> asked = Set.copyOf(event.studentAccountIds());
		List<StudentPlacement> reached = students.placements(event.graduationYear())
			.stream()
			.filter(p -> asked.contains(p.accountId()))
			.filter(p -> !requester.is(Role.COLLEGE_REVIEWER) || requester.collegeId().equals(p.collegeId()))
			.toList();
		List<Long> inScope = reached.stream().map(StudentPlacement::accountId).toList();
		// the college whose reviewers may follow the batch: the one every student reminded belongs to
		Set<Long> colleges = reached.stream()
			.map(p -> p.collegeId() == null ? -1L : p.collegeId())
			.collect(Collectors.toSet());
		Long college = colleges.size() == 1 && !colleges.contains(-1L) ? colleges.iterator().next() : null;
		if (inScope.size() < asked.size()) {
			log.warn("Reminder batch {}: {} of {} students were outside the requester's scope and are left out",
					event.batchKey(), asked.size() - inScope.size(), asked.size());
		}
		jdbc.sql("""
				insert into notification_batch (batch_key, requested_by, graduation_year, description, recipients,
				    college_id)
				values (:key, :by, :year, :description, :recipients, :college)
				on conflict (batch_key) do nothing""")
			.param("key", event.batchKey())
			.param("by", event.requestedBy())
			.param("year", event.graduationYear())
			.param("description", event.description())
			.param("recipients", inScope.size())
			.param("college", college, java.sql.Types.BIGINT)
			.update();
		outbox.write(new Notice("reminder:" + event.batchKey(), Topic.REMINDER, "notification.reminder",
				List.of(Integer.toString(event.graduationYear())), "/verification"), Outbox.Recipient.now(inScope),
				event.batchKey());
	}

	@EventListener
	void on(WeChatBound event) {
		outbox.write(new Notice("wechat-bound:" + event.accountId() + ":" + event.boundAt().toEpochMilli(),
				Topic.SECURITY, "notification.wechatBound", List.of(MINUTE.format(event.boundAt())), "/account/wechat"),
				Outbox.Recipient.now(List.of(event.accountId())), null);
	}

}
