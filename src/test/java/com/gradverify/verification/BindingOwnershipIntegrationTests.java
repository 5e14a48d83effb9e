package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.review.ReviewState;
import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.audit.AuditTrail.AuditEntry;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Binding belongs to the account: a classmate's real 姓名 and 身份证号 answer like a typo and are
 * audited, the fill-by-hand path keeps the account's 身份证号, and a binding made with someone
 * else's data before this rule is found, listed and released so that the owner can bind.
 */
@IntegrationTest
@RecordApplicationEvents
class BindingOwnershipIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	SuspectBindings suspects;

	@Autowired
	SuspectBindingScan scan;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	Graduates graduates;

	Graduate owner;

	Graduate classmate;

	@BeforeEach
	void setUp() {
		graduates = new Graduates(jdbc, binding, verification);
		long college = graduates.college();
		owner = graduates.graduate(college);
		classmate = graduates.graduate(college);
	}

	@Test
	void aClassmatesRealDataIsNoMatchCountedAndAuditedAsSuspectedMisuse() {
		assertThat(binding.bind(classmate.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.NO_MATCH);

		VerificationView view = verification.view(classmate.account());
		assertThat(view.bound()).isFalse();
		assertThat(view.form().getIdCard()).isNull();
		assertThat(failedAttempts(classmate)).isEqualTo(1);
		AuditEntry refused = lastEntry(view.applicationId(), "verification.bindingSuspectedMisuse");
		assertThat(refused.details()).containsEntry("registryRecordId", (int) graduates.recordId(owner))
			.containsEntry("nameMatched", true);
		assertThat(refused.details().toString()).doesNotContain(owner.idCard());

		// the owner is not hindered by it
		assertThat(binding.bind(owner.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.BOUND);
	}

	@Test
	void aTypoAnswersAndWritesWhatAClassmatesDataDoes() {
		Graduate prober = graduates.graduate(graduates.college());
		var typo = Graduates.bindingRequest(classmate);
		typo.setName(classmate.name() + "一");

		assertThat(binding.bind(classmate.account(), typo)).isEqualTo(BindingOutcome.NO_MATCH);
		assertThat(binding.bind(prober.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.NO_MATCH);

		// one counted attempt and one audit entry each: the same work, only the entry's action differs
		assertThat(failedAttempts(classmate)).isEqualTo(1);
		assertThat(failedAttempts(prober)).isEqualTo(1);
		assertThat(actions(classmate)).containsExactly("verification.bindingRefused");
		assertThat(actions(prober)).containsExactly("verification.bindingSuspectedMisuse");
	}

	@Test
	void fillingInByHandKeepsTheAccountsOwnIdCard() {
		var withOwnersNumber = Graduates.bindingRequest(classmate);
		withOwnersNumber.setIdCard(owner.idCard());

		assertThatThrownBy(() -> binding.continueUnbound(classmate.account(), withOwnersNumber))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.violations())
				.extracting(RuleViolationException.Violation::field, RuleViolationException.Violation::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("idCard", "binding.idCard.notAccounts")));
		assertThat(verification.view(classmate.account()).form().getIdCard()).isNull();

		binding.continueUnbound(classmate.account(), Graduates.bindingRequest(classmate));
		VerificationView unbound = verification.view(classmate.account());
		VerificationForm form = unbound.form();
		form.setIdCard(owner.idCard());
		VerificationView saved = verification.saveDraft(classmate.account(), form, unbound.version());
		assertThat(saved.bound()).isFalse();
		assertThat(saved.form().getIdCard()).isEqualTo(classmate.idCard());
	}

	@Test
	void aPlantedHijackIsFoundListedAndReleasedAndTheOwnerThenBinds() {
		long hijacked = graduates.hijack(classmate, owner);

		assertThat(scan.detect()).isPositive();
		SuspectBinding found = openCaseOf(hijacked);
		assertThat(found.holderStudentNo()).isEqualTo(classmate.account().username());
		assertThat(found.holderName()).isEqualTo(classmate.name());
		assertThat(found.recordStudentNo()).isEqualTo(owner.account().username());
		assertThat(found.maskedIdCard()).isNotEqualTo(owner.idCard()).contains("*");
		assertThat(found.status()).isEqualTo(ReviewState.SUBMITTED);
		// found again, it is still one case
		scan.detect();
		assertThat(suspects.open()).filteredOn(s -> s.applicationId() == hijacked).hasSize(1);

		// until released, the owner is told to ask the school, and that is no failed attempt
		assertThat(binding.bind(owner.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.RECORD_TAKEN);
		assertThat(failedAttempts(owner)).isZero();

		SignedInAccount admin = graduates.reviewer(Role.ADMIN, null);
		assertThatThrownBy(() -> suspects.release(found.id(), "  ", admin)).isInstanceOf(RuleViolationException.class);
		suspects.release(found.id(), "经核实为冒用同学身份信息绑定", admin);

		VerificationView released = verification.view(classmate.account());
		assertThat(released.bound()).isFalse();
		assertThat(released.status()).isEqualTo(ReviewState.DRAFT);
		assertThat(released.form().getIdCard()).isNull();
		assertThat(released.form().getExamineeNo()).isNull();
		assertThat(released.form().getStudentNo()).isEqualTo(classmate.account().username());
		assertThat(suspects.open()).noneMatch(s -> s.applicationId() == hijacked);
		assertThat(lastEntry(hijacked, "verification.bindingReleased").details())
			.containsEntry("reason", "经核实为冒用同学身份信息绑定")
			.containsEntry("recordStudentNo", owner.account().username())
			.containsEntry("stillHeld", true);
		assertThatThrownBy(() -> suspects.release(found.id(), "再次解除", admin)).isInstanceOf(NotFoundException.class);

		assertThat(binding.bind(owner.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.BOUND);
		assertThat(verification.view(owner.account()).form().getIdCard()).isEqualTo(owner.idCard());
	}

	@Test
	void leavingABoundRecordTellsTheOtherModulesWhoEndedIt() {
		long hijacked = graduates.hijack(classmate, owner);
		binding.bind(owner.account(), Graduates.bindingRequest(owner));

		suspects.release(openCaseOf(hijacked).id(), "经核实为冒用同学身份信息绑定", graduates.reviewer(Role.ADMIN, null));
		// binding to the own record from no record, and again to the same one, leaves nothing
		binding.bind(classmate.account(), Graduates.bindingRequest(classmate));
		binding.bind(classmate.account(), Graduates.bindingRequest(classmate));
		binding.continueUnbound(classmate.account(), Graduates.bindingRequest(classmate));

		assertThat(events.stream(VerificationBindingReleased.class)).containsExactly(
				new VerificationBindingReleased(hijacked, classmate.account().id(), graduates.recordId(owner),
						VerificationBindingReleased.By.ADMINISTRATOR),
				new VerificationBindingReleased(hijacked, classmate.account().id(), graduates.recordId(classmate),
						VerificationBindingReleased.By.STUDENT));
	}

	@Test
	void theOwnerFindingTheirRecordHeldPutsItOnTheList() {
		long hijacked = graduates.hijack(classmate, owner);

		assertThat(binding.bind(owner.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.RECORD_TAKEN);

		assertThat(openCaseOf(hijacked).recordStudentNo()).isEqualTo(owner.account().username());
		long ownersApplication = verification.view(owner.account()).applicationId();
		assertThat(lastEntry(ownersApplication, "verification.recordHeld").details())
			.containsEntry("holderApplicationId", (int) hijacked);
	}

	@Test
	void theScanAfterTheMigrationRunsOnce() {
		jdbc.sql("update suspect_binding_scan set completed_at = null").update();
		long first = graduates.hijack(classmate, owner);

		scan.runOnceAfterMigration();
		Graduate third = graduates.graduate(graduates.college());
		Graduate fourth = graduates.graduate(graduates.college());
		long second = graduates.hijack(third, fourth);
		scan.runOnceAfterMigration();

		assertThat(suspects.open()).anyMatch(s -> s.applicationId() == first).noneMatch(s -> s.applicationId() == second);
	}

	private SuspectBinding openCaseOf(long applicationId) {
		List<SuspectBinding> cases = suspects.open().stream().filter(s -> s.applicationId() == applicationId).toList();
		assertThat(cases).hasSize(1);
		return cases.get(0);
	}

	private int failedAttempts(Graduate graduate) {
		return jdbc.sql("select count(*) from binding_attempt where account_id = :id and not succeeded")
			.param("id", graduate.account().id())
			.query(Integer.class)
			.single();
	}

	private List<String> actions(Graduate graduate) {
		return audit.of("verification", String.valueOf(verification.view(graduate.account()).applicationId()))
			.stream()
			.map(AuditEntry::action)
			.toList();
	}

	private AuditEntry lastEntry(long applicationId, String action) {
		List<AuditEntry> entries = audit.of("verification", String.valueOf(applicationId))
			.stream()
			.filter(e -> e.action().equals(action))
			.toList();
		assertThat(entries).as(action).isNotEmpty();
		return entries.get(entries.size() - 1);
	}
}
