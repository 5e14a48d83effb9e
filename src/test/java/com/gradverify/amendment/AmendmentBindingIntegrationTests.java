package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.audit.AuditTrail;
import com.gradverify.audit.AuditTrail.AuditEntry;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.support.Graduates;
import com.gradverify.support.Graduates.Graduate;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingOutcome;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.SuspectBinding;
import com.gradverify.verification.SuspectBindings;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A change request lives no longer than the binding it was filed from: releasing a hijacked
 * binding, or the student giving theirs up, closes the request; and approval itself refuses a
 * request whose application no longer holds the record, so no other graduate's record is rewritten.
 */
@IntegrationTest
class AmendmentBindingIntegrationTests {

	@Autowired
	AmendmentService amendments;

	@Autowired
	Amendments publicApi;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Autowired
	SuspectBindings suspects;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TransactionTemplate transactions;

	Graduates graduates;

	AmendmentTestData data;

	SignedInAccount school;

	@BeforeEach
	void setUp() {
		graduates = new Graduates(jdbc, binding, verification);
		data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		school = data.staff(Role.SCHOOL_REVIEWER, null);
	}

	@Test
	void releasingAHijackedBindingClosesTheRequestFiledFromItAndItCannotBeApproved() {
		long college = graduates.college();
		Graduate owner = graduates.graduate(college);
		Graduate holder = graduates.graduate(college);
		graduates.hijack(holder, owner);
		String ownersExamineeNo = examineeNo(graduates.recordId(owner));
		// the planted form's 考生号 differs from the owner's record: the holder claims theirs for it
		AmendmentView submitted = AmendmentTestData.submitted(amendments, holder.account(), KeyField.EXAMINEE_NO);
		assertThat(submitted.registryRecordId()).isEqualTo(graduates.recordId(owner));

		// the owner finding the record held puts it on the list; an administrator releases it
		assertThat(binding.bind(owner.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.RECORD_TAKEN);
		suspects.release(caseOf(submitted), "经核实为冒用同学身份信息绑定", graduates.reviewer(Role.ADMIN, null));

		AmendmentView closed = amendments.mine(holder.account(), submitted.id());
		assertThat(closed.status()).isEqualTo(AmendmentStatus.CLOSED);
		assertThat(closed.closureReason()).isEqualTo(ClosureReason.BINDING_RELEASED);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closed.fields()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo(KeyField.EXAMINEE_NO));
		AuditEntry entry = lastEntry(submitted.id());
		assertThat(entry.action()).isEqualTo("amendment.closed");
		assertThat(entry.details()).containsEntry("reason", "BINDING_RELEASED")
			.containsEntry("registryRecordId", (int) graduates.recordId(owner));
		assertThat(publicApi.openRequestsOf(holder.account().id())).isEmpty();

		// the school still sees what was submitted, closed; approving it changes nothing
		assertThat(amendments.detail(school, submitted.id()).request().status()).isEqualTo(AmendmentStatus.CLOSED);
		assertThatThrownBy(() -> amendments.decide(school, submitted.id(), AmendmentDecision.APPROVE, null,
				closed.version()))
			.isInstanceOf(ConflictException.class)
			.hasMessage("amendment.notPending");
		assertThat(examineeNo(graduates.recordId(owner))).isEqualTo(ownersExamineeNo);
		assertThat(correctionsBy(submitted.id())).isZero();

		// the owner binds to their record as it always was
		assertThat(binding.bind(owner.account(), Graduates.bindingRequest(owner))).isEqualTo(BindingOutcome.BOUND);
		assertThat(verification.view(owner.account()).form().getExamineeNo()).isEqualTo(ownersExamineeNo);
	}

	@Test
	void approvalIsRefusedWhenTheApplicationNoLongerHoldsTheRecord() {
		AmendmentTestData.Graduate graduate = data.graduateWithEthnicityMismatch();
		AmendmentView submitted = AmendmentTestData.submitted(amendments, graduate.account(), KeyField.ETHNICITY);
		long applicationId = verification.view(graduate.account()).applicationId();
		long elsewhere = graduates.recordId(graduates.graduate(graduates.college()));

		// moved by other means than binding, which would have closed the request: the guard alone decides
		for (Long record : new Long[] { elsewhere, null }) {
			jdbc.sql("update verification_application set registry_record_id = :record where id = :id")
				.param("record", record)
				.param("id", applicationId)
				.update();

			assertThatThrownBy(() -> amendments.decide(school, submitted.id(), AmendmentDecision.APPROVE, "材料齐全",
					submitted.version()))
				.isInstanceOf(ConflictException.class)
				.hasMessage(AmendmentService.BINDING_ENDED);
		}

		AmendmentView unchanged = amendments.mine(graduate.account(), submitted.id());
		assertThat(unchanged.status()).isEqualTo(AmendmentStatus.SUBMITTED);
		assertThat(unchanged.version()).isEqualTo(submitted.version());
		assertThat(jdbc.sql("select ethnic_code from registry_record where id = :id")
			.param("id", graduate.registryRecordId())
			.query(String.class)
			.single()).isEqualTo(AmendmentTestData.REGISTRY_ETHNICITY);
		assertThat(correctionsBy(submitted.id())).isZero();
		assertThat(lastEntry(submitted.id()).action()).isEqualTo("amendment.submitted");
	}

	@Test
	void aStudentGivingUpTheirBindingClosesTheirOpenRequest() {
		AmendmentTestData.Graduate graduate = data.graduateWithEthnicityMismatch();
		SignedInAccount student = graduate.account();
		AmendmentView draft = amendments.create(student, List.of(KeyField.ETHNICITY));

		binding.continueUnbound(student, AmendmentTestData.bindingRequest(graduate));

		AmendmentView closed = amendments.mine(student, draft.id());
		assertThat(closed.status()).isEqualTo(AmendmentStatus.CLOSED);
		assertThat(closed.closureReason()).isEqualTo(ClosureReason.BINDING_CHANGED);
		assertThat(lastEntry(draft.id()).details()).containsEntry("reason", "BINDING_CHANGED");
		// never submitted, so the school never sees it
		assertThatThrownBy(() -> amendments.detail(school, draft.id())).isInstanceOf(NotFoundException.class);
		assertThat(amendments.queue(school, AmendmentStatus.CLOSED, 0).rows()).extracting(ReviewQueue.Row::id)
			.doesNotContain(draft.id());
	}

	@Test
	void bindingAgainToTheSameRecordLeavesTheRequestOpen() {
		AmendmentTestData.Graduate graduate = data.graduateWithEthnicityMismatch();
		SignedInAccount student = graduate.account();
		AmendmentView draft = amendments.create(student, List.of(KeyField.ETHNICITY));

		assertThat(binding.bind(student, AmendmentTestData.bindingRequest(graduate))).isEqualTo(BindingOutcome.BOUND);

		assertThat(amendments.mine(student, draft.id()).status()).isEqualTo(AmendmentStatus.DRAFT);
	}

	private long caseOf(AmendmentView request) {
		long applicationId = jdbc.sql("select application_id from amendment_request where id = :id")
			.param("id", request.id())
			.query(Long.class)
			.single();
		return suspects.open()
			.stream()
			.filter(s -> s.applicationId() == applicationId)
			.map(SuspectBinding::id)
			.findFirst()
			.orElseThrow();
	}

	private String examineeNo(long recordId) {
		return jdbc.sql("select examinee_no from registry_record where id = :id")
			.param("id", recordId)
			.query(String.class)
			.single();
	}

	private int correctionsBy(long amendmentId) {
		return jdbc.sql("select count(*) from registry_record_history where amendment_id = :id")
			.param("id", amendmentId)
			.query(Integer.class)
			.single();
	}

	private AuditEntry lastEntry(long amendmentId) {
		List<AuditEntry> entries = audit.of("amendment", String.valueOf(amendmentId));
		return entries.get(entries.size() - 1);
	}
}
