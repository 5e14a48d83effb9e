package com.gradverify.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.StudentAccountsRefreshed;
import com.gradverify.account.StudentAccountsRefreshed.RefreshedStudent;
import com.gradverify.audit.AuditTrail;
import com.gradverify.review.Decision;
import com.gradverify.review.QueueItem;
import com.gradverify.review.QueueQuery;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewService;
import com.gradverify.review.ReviewableKind;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationRequiredException;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The agreement and breach state machines through the real services and the review module, on PostgreSQL. */
@IntegrationTest
class AgreementServiceIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	ReviewService reviews;

	@Autowired
	AgreementService agreements;

	@Autowired
	BreachService breaches;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	AgreementFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new AgreementFixtures(jdbc, binding, verification, reviews);
	}

	@Test
	void theGateRefusesAnUnverifiedGraduateEverything() {
		Graduate submittedOnly = fixtures.graduates.graduate(fixtures.college);
		fixtures.graduates.submitted(submittedOnly);
		assertThatThrownBy(() -> agreements.create(submittedOnly.account(), AgreementFixtures.completeForm()))
			.isInstanceOf(VerificationRequiredException.class);
		assertThatThrownBy(() -> agreements.applications(submittedOnly.account()))
			.isInstanceOf(VerificationRequiredException.class);
		assertThatThrownBy(() -> breaches.applications(submittedOnly.account()))
			.isInstanceOf(VerificationRequiredException.class);
		assertThat(jdbc.sql("select count(*) from agreement_application where account_id = :a")
			.param("a", submittedOnly.account().id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void draftSubmitWithdrawRejectEditApproveLocks() {
		Graduate graduate = fixtures.verified();
		var form = AgreementFixtures.completeForm();
		form.setSignedOn(null);
		AgreementView draft = agreements.create(graduate.account(), form);
		assertThat(draft.status()).isEqualTo(ApplicationState.DRAFT);

		// incomplete and without the scan: refused field by field, nothing changes
		assertThatThrownBy(() -> agreements.submit(graduate.account(), draft.id(), draft.version()))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
				.extracting(Violation::field)
				.contains("signedOn"));
		AgreementView saved = agreements.save(graduate.account(), draft.id(), AgreementFixtures.completeForm(),
				draft.version());
		assertThatThrownBy(() -> agreements.submit(graduate.account(), draft.id(), saved.version()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations()).extracting(Violation::code).containsExactly("agreement.scan.required"));
		AgreementView scanned = agreements.attachEvidence(graduate.account(), draft.id(), "协议.jpg", AgreementFixtures.scan());
		assertThat(scanned.scan()).isNotNull();
		assertThat(scanned.scan().locked()).isFalse();

		AgreementView submitted = agreements.submit(graduate.account(), draft.id(), scanned.version());
		assertThat(submitted.status()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(submitted.scan().locked()).isTrue();
		assertThatThrownBy(() -> agreements.save(graduate.account(), draft.id(), AgreementFixtures.completeForm(),
				submitted.version()))
			.isInstanceOf(ConflictException.class);
		// a stale version never wins
		assertThatThrownBy(() -> agreements.withdraw(graduate.account(), draft.id(), scanned.version()))
			.isInstanceOf(ConflictException.class);

		AgreementView withdrawn = agreements.withdraw(graduate.account(), draft.id(), submitted.version());
		assertThat(withdrawn.status()).isEqualTo(ApplicationState.DRAFT);
		AgreementView resubmitted = agreements.submit(graduate.account(), draft.id(), withdrawn.version());

		reviews.decide(fixtures.collegeReviewer, "AGREEMENT", draft.id(), Decision.REJECT, "协议编号与扫描件不一致", null);
		AgreementView rejected = agreements.application(graduate.account(), draft.id());
		assertThat(rejected.status()).isEqualTo(ApplicationState.REJECTED);
		assertThat(rejected.decisions()).singleElement().satisfies(d -> assertThat(d.comment()).contains("不一致"));
		var corrected = AgreementFixtures.completeForm();
		corrected.setAgreementNo("XY2026-0002");
		AgreementView edited = agreements.save(graduate.account(), draft.id(), corrected, rejected.version());
		agreements.submit(graduate.account(), draft.id(), edited.version());

		fixtures.approveBoth("AGREEMENT", draft.id());
		AgreementView approved = agreements.application(graduate.account(), draft.id());
		assertThat(approved.status()).isEqualTo(ApplicationState.APPROVED);
		assertThat(approved.form().getAgreementNo()).isEqualTo("XY2026-0002");
		assertThat(approved.breachable()).isTrue();
		assertThatThrownBy(() -> agreements.save(graduate.account(), draft.id(), corrected, approved.version()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> agreements.withdraw(graduate.account(), draft.id(), approved.version()))
			.isInstanceOf(ConflictException.class);
		assertThat(resubmitted.id()).isEqualTo(draft.id());
	}

	@Test
	void aWrongCreditCodeIsRefusedOnItsField() {
		Graduate graduate = fixtures.verified();
		var form = AgreementFixtures.completeForm();
		form.setCreditCode("91350100M000100Y44");
		form.setEmployerNatureCode("77");
		assertThatThrownBy(() -> agreements.create(graduate.account(), form))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
				.extracting(Violation::field, Violation::code)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("creditCode", "creditCode.check"),
						org.assertj.core.groups.Tuple.tuple("employerNatureCode", "agreement.code.unknown")));
	}

	@Test
	void oneActiveAgreementPerGraduateEnforcedByTheDatabase() {
		Graduate graduate = fixtures.verified();
		agreements.create(graduate.account(), AgreementFixtures.completeForm());
		assertThatThrownBy(() -> agreements.create(graduate.account(), AgreementFixtures.completeForm()))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("agreement.activeExists"));
		// even a writer that skips the service cannot add a second active one
		assertThatThrownBy(() -> jdbc.sql("""
				insert into agreement_application (account_id, status, graduation_year)
				values (:a, 'DRAFT', 2026)""")
			.param("a", graduate.account().id())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anApprovedBreachTerminatesTheAgreementAndAllowsANewOne() {
		Graduate graduate = fixtures.verified();
		long agreementId = approvedAgreement(graduate);

		BreachView draft = breaches.create(graduate.account(), agreementId, AgreementFixtures.breachForm());
		assertThatThrownBy(() -> breaches.create(graduate.account(), agreementId, AgreementFixtures.breachForm()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> breaches.submit(graduate.account(), draft.id(), draft.version()))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
				.extracting(Violation::code)
				.containsExactly("breach.releaseLetter.required"));
		BreachView withLetter = breaches.attachEvidence(graduate.account(), draft.id(), "解约函.jpg",
				AgreementFixtures.scan());
		BreachView submitted = breaches.submit(graduate.account(), draft.id(), withLetter.version());
		assertThat(submitted.status()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(agreements.application(graduate.account(), agreementId).breachable()).isFalse();

		// the college's approval alone leaves the agreement standing
		reviews.decide(fixtures.collegeReviewer, "BREACH", draft.id(), Decision.APPROVE, null, null);
		assertThat(agreements.application(graduate.account(), agreementId).status()).isEqualTo(ApplicationState.APPROVED);
		assertThatThrownBy(() -> agreements.create(graduate.account(), AgreementFixtures.completeForm()))
			.isInstanceOf(ConflictException.class);

		reviews.decide(fixtures.schoolReviewer, "BREACH", draft.id(), Decision.APPROVE, null, null);
		assertThat(breaches.application(graduate.account(), draft.id()).status()).isEqualTo(ApplicationState.APPROVED);
		AgreementView terminated = agreements.application(graduate.account(), agreementId);
		assertThat(terminated.status()).isEqualTo(ApplicationState.TERMINATED);
		assertThat(terminated.terminatedAt()).isNotNull();

		AgreementView next = agreements.create(graduate.account(), AgreementFixtures.completeForm());
		assertThat(agreements.applications(graduate.account())).extracting(AgreementView::id, AgreementView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(next.id(), ApplicationState.DRAFT),
					org.assertj.core.groups.Tuple.tuple(agreementId, ApplicationState.TERMINATED));
	}

	@Test
	void aBreachNeedsAnApprovedAgreementOfTheGraduate() {
		Graduate graduate = fixtures.verified();
		AgreementView draft = agreements.create(graduate.account(), AgreementFixtures.completeForm());
		assertThatThrownBy(() -> breaches.create(graduate.account(), draft.id(), AgreementFixtures.breachForm()))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("breach.agreementNotApproved"));
		Graduate other = fixtures.verified();
		assertThatThrownBy(() -> breaches.create(other.account(), draft.id(), AgreementFixtures.breachForm()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void reviewersSeeOnlyTheirCollegeAndTheAllKindsQueueMergesKinds() {
		Graduate graduate = fixtures.verified();
		long agreementId = submittedAgreement(graduate);
		var query = new QueueQuery(ReviewLevel.COLLEGE, null, null, null, QueueQuery.QueueState.WAITING, null, null,
				null, null, graduate.account().username(), 0, 20);
		assertThat(reviews.queue(fixtures.collegeReviewer, "AGREEMENT", query).items()).extracting(QueueItem::id)
			.containsExactly(agreementId);
		assertThat(reviews.queue(fixtures.collegeReviewer, "ALL", query).items())
			.extracting(QueueItem::kind, QueueItem::id)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("AGREEMENT", agreementId));

		var otherCollege = fixtures.graduates.reviewer(com.gradverify.account.Role.COLLEGE_REVIEWER,
				fixtures.graduates.college());
		assertThat(reviews.queue(otherCollege, "AGREEMENT", query).items()).isEmpty();
		assertThatThrownBy(() -> reviews.decide(otherCollege, "AGREEMENT", agreementId, Decision.APPROVE, null, null))
			.isInstanceOf(NotFoundException.class);
		// the school cannot act before the college
		assertThatThrownBy(() -> reviews.decide(fixtures.schoolReviewer, "AGREEMENT", agreementId, Decision.APPROVE,
				null, null))
			.isInstanceOf(ConflictException.class);
		var batch = reviews.batchApprove(fixtures.collegeReviewer, "AGREEMENT", java.util.List.of(agreementId));
		assertThat(batch.approved()).containsExactly(agreementId);
	}

	@Test
	void theQueueFindsApplicantsByTheirFormsStudentNoNameMajorAndClassAndPagesTheMatches() {
		Graduate first = fixtures.verified();
		Graduate second = fixtures.graduates.graduate(fixtures.college);
		fixtures.approveBoth("VERIFICATION",
				fixtures.graduates.submitted(second, form -> form.setClassName("计科2299")).applicationId());
		long firstAgreement = submittedAgreement(first);
		long secondAgreement = submittedAgreement(second);

		assertThat(queue(first.account().username(), null, null, 0).items())
			.extracting(QueueItem::id, QueueItem::studentNo, QueueItem::name, QueueItem::className)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(firstAgreement, first.account().username(),
					first.name(), "计科2201"));
		assertThat(queue(null, null, "计科2299", 0).items()).extracting(QueueItem::id, QueueItem::maskedIdCard)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(secondAgreement,
					com.gradverify.shared.PersonalData.maskIdCard(second.idCard())));
		// 姓名 partly; the college's queue holds both (the fixtures' college is this test's own)
		var both = queue("学生", "080901", null, 0);
		assertThat(both.total()).isEqualTo(2);
		assertThat(both.items()).extracting(QueueItem::id).containsExactly(firstAgreement);
		assertThat(queue("学生", "080901", null, 1).items()).extracting(QueueItem::id).containsExactly(secondAgreement);
		// a wildcard is a character like any other, and a 学号 matches only whole
		assertThat(queue("%", null, null, 0).total()).isZero();
		assertThat(queue(first.account().username().substring(1), null, null, 0).total()).isZero();
		assertThat(queue(null, "120203K", null, 0).items()).isEmpty();
	}

	private com.gradverify.review.QueuePage queue(String search, String majorCode, String className, int page) {
		var query = new QueueQuery(ReviewLevel.COLLEGE, null, majorCode, className, QueueQuery.QueueState.WAITING, null,
				null, null, null, search, page, 1);
		return reviews.queue(fixtures.collegeReviewer, "AGREEMENT", query);
	}

	@Test
	void aGraduateMovedToAnotherCollegeTakesTheUndecidedApplicationsAlong() {
		Graduate breaching = fixtures.verified();
		long approvedId = approvedAgreement(breaching);
		BreachView breach = breaches.create(breaching.account(), approvedId, AgreementFixtures.breachForm());
		breaches.attachEvidence(breaching.account(), breach.id(), "解约函.jpg", AgreementFixtures.scan());
		long breachId = breaches.submit(breaching.account(), breach.id(), null).id();
		Graduate drafting = fixtures.verified();
		AgreementView draft = agreements.create(drafting.account(), AgreementFixtures.completeForm());
		long newCollege = fixtures.graduates.college();

		// the import announces its accounts in one event, here more than one locking query takes
		List<RefreshedStudent> refreshed = new ArrayList<>();
		refreshed.add(new RefreshedStudent(breaching.account().id(), newCollege));
		LongStream.range(0, ReviewableKind.Moved.MAX_ACCOUNTS).forEach(n -> refreshed.add(new RefreshedStudent(-1 - n, null)));
		refreshed.add(new RefreshedStudent(drafting.account().id(), newCollege));
		transactions.executeWithoutResult(t -> events.publishEvent(new StudentAccountsRefreshed(refreshed)));

		var newReviewer = fixtures.graduates.reviewer(com.gradverify.account.Role.COLLEGE_REVIEWER, newCollege);
		assertThat(reviews.target(newReviewer, "BREACH", breachId).id()).isEqualTo(breachId);
		assertThatThrownBy(() -> reviews.target(fixtures.collegeReviewer, "BREACH", breachId))
			.isInstanceOf(NotFoundException.class);
		assertThat(audit.of("breach", Long.toString(breachId)))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("review.collegeChanged"));
		assertThat(reviews.target(fixtures.collegeReviewer, "AGREEMENT", approvedId).id())
			.as("the college that approved keeps it").isEqualTo(approvedId);
		assertThat(agreements.application(drafting.account(), draft.id()).version()).isGreaterThan(draft.version());
		assertThatThrownBy(() -> agreements.save(drafting.account(), draft.id(), AgreementFixtures.completeForm(),
				draft.version()))
			.as("a form loaded before the move is stale")
			.isInstanceOf(ConflictException.class);
	}

	private long submittedAgreement(Graduate graduate) {
		AgreementView draft = agreements.create(graduate.account(), AgreementFixtures.completeForm());
		AgreementView scanned = agreements.attachEvidence(graduate.account(), draft.id(), "协议.jpg", AgreementFixtures.scan());
		agreements.submit(graduate.account(), draft.id(), scanned.version());
		return draft.id();
	}

	private long approvedAgreement(Graduate graduate) {
		long id = submittedAgreement(graduate);
		fixtures.approveBoth("AGREEMENT", id);
		return id;
	}
}
