package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.gradverify.account.Role;
import com.gradverify.account.SignedInAccount;
import com.gradverify.amendment.AmendmentTestData.Graduate;
import com.gradverify.audit.AuditTrail;
import com.gradverify.evidence.EvidenceFile;
import com.gradverify.evidence.EvidenceFiles;
import com.gradverify.shared.ConflictException;
import com.gradverify.shared.NotFoundException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.ComparisonStatus;
import com.gradverify.verification.KeyField;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Change requests through the real services on PostgreSQL: creation rules, immutability, decisions. */
@IntegrationTest
@RecordApplicationEvents
class AmendmentServiceIntegrationTests {

	@Autowired
	ApplicationEvents applicationEvents;

	@Autowired
	AmendmentService amendments;

	@Autowired
	Amendments publicApi;

	@Autowired
	VerificationService verification;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	AuditTrail audit;

	@Autowired
	AmendmentEvidenceAccess evidenceAccess;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	BindingService binding;

	@Autowired
	TransactionTemplate transactions;

	AmendmentTestData data;

	Graduate graduate;

	SignedInAccount student;

	SignedInAccount school;

	@BeforeEach
	void setUp() {
		data = new AmendmentTestData(jdbc, passwords, binding, verification, transactions);
		graduate = data.graduateWithEthnicityMismatch();
		student = graduate.account();
		school = data.staff(Role.SCHOOL_REVIEWER, null);
	}

	@Test
	void offersAndAcceptsOnlyMismatchedFieldsWithTheFormValueClaimed() {
		assertThat(amendments.candidates(student).fields()).singleElement()
			.satisfies(state -> assertThat(state.field()).isEqualTo(KeyField.ETHNICITY));

		assertThatThrownBy(() -> amendments.create(student, List.of(KeyField.ETHNICITY, KeyField.NAME)))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).singleElement()
				.satisfies(v -> assertThat(v.field()).isEqualTo("NAME"))
				.satisfies(v -> assertThat(v.code()).isEqualTo("amendment.field.notMismatched")));
		assertThat(amendments.mine(student)).isEmpty();

		AmendmentView created = amendments.create(student, List.of(KeyField.ETHNICITY));

		assertThat(created.status()).isEqualTo(AmendmentStatus.DRAFT);
		assertThat(created.fields()).singleElement().satisfies(f -> {
			assertThat(f.registryValue()).isEqualTo(AmendmentTestData.REGISTRY_ETHNICITY);
			assertThat(f.claimedValue()).isEqualTo(AmendmentTestData.CLAIMED_ETHNICITY);
		});
		assertThat(audit.of("amendment", String.valueOf(created.id()))).extracting(AuditTrail.AuditEntry::action)
			.containsExactly("amendment.created");
	}

	@Test
	void fieldsNotComparedCannotBeClaimed() {
		jdbc.sql("update registry_record set examinee_no = null where id = :id")
			.param("id", graduate.registryRecordId())
			.update();

		assertThatThrownBy(() -> amendments.create(student, List.of(KeyField.EXAMINEE_NO)))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).extracting(v -> v.field())
				.containsExactly("EXAMINEE_NO"));
	}

	@Test
	void anUnboundGraduateHasNothingToCorrect() {
		SignedInAccount unbound = data.unboundGraduate();

		assertThat(amendments.candidates(unbound).bound()).isFalse();
		assertThatThrownBy(() -> amendments.create(unbound, List.of(KeyField.ETHNICITY)))
			.isInstanceOf(ConflictException.class)
			.hasMessage("amendment.unbound");
	}

	@Test
	void oneOpenRequestAtATime() {
		amendments.create(student, List.of(KeyField.ETHNICITY));

		assertThatThrownBy(() -> amendments.create(student, List.of(KeyField.ETHNICITY)))
			.isInstanceOf(ConflictException.class)
			.hasMessage("amendment.openExists");
	}

	@Test
	void anotherStudentsRequestDoesNotExistForThem() {
		AmendmentView request = amendments.create(student, List.of(KeyField.ETHNICITY));
		SignedInAccount other = data.graduateWithEthnicityMismatch().account();

		assertThatThrownBy(() -> amendments.mine(other, request.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> amendments.attachEvidence(other, request.id(), KeyField.ETHNICITY, "a.png", photo()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> amendments.submit(other, request.id(), request.version()))
			.isInstanceOf(NotFoundException.class);
		assertThat(evidenceRowsOf(other)).isZero();
	}

	@Test
	void submittingNeedsEvidenceForEachField() {
		AmendmentView request = amendments.create(student, List.of(KeyField.ETHNICITY));

		assertThatThrownBy(() -> amendments.submit(student, request.id(), request.version()))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).extracting(v -> v.code())
				.containsExactly("amendment.evidence.required"));
	}

	@Test
	void aRefusedFileLeavesNothingStored() {
		AmendmentView request = amendments.create(student, List.of(KeyField.ETHNICITY));

		assertThatThrownBy(() -> amendments.attachEvidence(student, request.id(), KeyField.ETHNICITY, "身份证.jpg",
				corpus("svg-with-script.jpg")))
			.isInstanceOf(RuleViolationException.class);

		assertThat(evidenceRowsOf(student)).isZero();
		assertThat(amendments.mine(student, request.id()).fields().get(0).evidence()).isEmpty();
	}

	@Test
	void valuesAndEvidenceAreFrozenOnceSubmitted() {
		AmendmentView submitted = submittedRequest();
		EvidenceFile file = submitted.fields().get(0).evidence().get(0);
		assertThat(file.locked()).isTrue();

		assertThatThrownBy(() -> amendments.attachEvidence(student, submitted.id(), KeyField.ETHNICITY, "b.png",
				photo()))
			.isInstanceOf(ConflictException.class)
			.hasMessage("amendment.notEditable");
		assertThatThrownBy(() -> amendments.removeEvidence(student, submitted.id(), file.id()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(
				() -> amendments.changeFields(student, submitted.id(), List.of(KeyField.ETHNICITY), submitted.version()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> amendments.submit(student, submitted.id(), submitted.version()))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> evidence.delete(file.id(), student.id())).isInstanceOf(ConflictException.class)
			.hasMessage("evidence.locked");

		assertThat(evidenceRowsOf(student)).isEqualTo(1);
		assertThat(amendments.mine(student, submitted.id()).fields()).singleElement().satisfies(f -> {
			assertThat(f.claimedValue()).isEqualTo(AmendmentTestData.CLAIMED_ETHNICITY);
			assertThat(f.evidence()).extracting(EvidenceFile::id).containsExactly(file.id());
		});
	}

	@Test
	void approvalCorrectsTheRegistryWithHistoryAndTurnsTheMarkToMatch() {
		AmendmentView submitted = submittedRequest();

		ReviewDetail decided = amendments.decide(school, submitted.id(), AmendmentDecision.APPROVE, "材料齐全",
				submitted.version());

		assertThat(decided.request().status()).isEqualTo(AmendmentStatus.APPROVED);
		assertThat(jdbc.sql("select ethnic_code from registry_record where id = :id")
			.param("id", graduate.registryRecordId())
			.query(String.class)
			.single()).isEqualTo(AmendmentTestData.CLAIMED_ETHNICITY);
		assertThat(jdbc.sql("""
				select old_values ->> 'ethnic_code' from registry_record_history
				where record_id = :record and amendment_id = :amendment""")
			.param("record", graduate.registryRecordId())
			.param("amendment", submitted.id())
			.query(String.class)
			.list()).containsExactly(AmendmentTestData.REGISTRY_ETHNICITY);
		assertThat(transactions.execute(tx -> verification.keyFields(student)).of(KeyField.ETHNICITY).orElseThrow()
			.status()).isEqualTo(ComparisonStatus.MATCH);
		assertThat(audit.of("amendment", String.valueOf(submitted.id()))).extracting(AuditTrail.AuditEntry::action)
			.containsExactly("amendment.created", "amendment.evidenceAttached", "amendment.submitted",
					"amendment.approved");
		assertThat(publicApi.openRequestsOf(student.id())).isEmpty();
	}

	@Test
	void aFailedCorrectionLeavesTheRequestPending() {
		AmendmentView submitted = submittedRequest();
		// a value the registry column cannot hold: the correction fails, and so must the decision
		jdbc.sql("update amendment_field set claimed_value = 'not-a-code' where request_id = :id")
			.param("id", submitted.id())
			.update();

		assertThatThrownBy(() -> amendments.decide(school, submitted.id(), AmendmentDecision.APPROVE, null,
				submitted.version()))
			.isInstanceOf(RuntimeException.class);

		assertThat(amendments.mine(student, submitted.id()).status()).isEqualTo(AmendmentStatus.SUBMITTED);
		assertThat(jdbc.sql("select count(*) from registry_record_history where amendment_id = :id")
			.param("id", submitted.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void rejectionKeepsTheRevisionAndTheStudentResubmits() {
		AmendmentView submitted = submittedRequest();
		EvidenceFile first = submitted.fields().get(0).evidence().get(0);

		assertThatThrownBy(() -> amendments.decide(school, submitted.id(), AmendmentDecision.REJECT, " ",
				submitted.version()))
			.isInstanceOf(RuleViolationException.class);
		amendments.decide(school, submitted.id(), AmendmentDecision.REJECT, "照片不清晰，请重新拍摄",
				submitted.version());

		AmendmentView rejected = amendments.mine(student, submitted.id());
		assertThat(rejected.status()).isEqualTo(AmendmentStatus.REJECTED);
		// raised once, for the student's notice
		assertThat(applicationEvents.stream(AmendmentDecided.class)).singleElement()
			.extracting(AmendmentDecided::requestId, AmendmentDecided::accountId, AmendmentDecided::revision,
					AmendmentDecided::approved)
			.containsExactly(submitted.id(), student.id(), 1, false);
		assertThat(rejected.decisionComment()).isEqualTo("照片不清晰，请重新拍摄");
		assertThat(publicApi.openRequestsOf(student.id())).extracting(Amendments.OpenRequest::status)
			.containsExactly(AmendmentStatus.REJECTED);

		amendments.removeEvidence(student, rejected.id(), first.id());
		amendments.attachEvidence(student, rejected.id(), KeyField.ETHNICITY, "户口本.png", photo());
		AmendmentView resubmitted = amendments.submit(student, rejected.id(),
				amendments.mine(student, rejected.id()).version());

		assertThat(resubmitted.status()).isEqualTo(AmendmentStatus.SUBMITTED);
		assertThat(resubmitted.revision()).isEqualTo(2);
		assertThat(resubmitted.decisionComment()).isNull();
		assertThat(resubmitted.fields().get(0).evidence()).extracting(EvidenceFile::id).doesNotContain(first.id());
		assertThat(resubmitted.revisions()).singleElement().satisfies(revision -> {
			assertThat(revision.revision()).isEqualTo(1);
			assertThat(revision.decisionComment()).isEqualTo("照片不清晰，请重新拍摄");
			assertThat(revision.fields().get(0).evidence()).extracting(EvidenceFile::id).containsExactly(first.id());
		});
		// the rejected version's file was locked, so it stays for the history, readable by the school
		assertThat(evidence.find(first.id())).hasValueSatisfying(
				file -> assertThat(evidenceAccess.canRead(school, file)).isTrue());
	}

	@Test
	void aStaleVersionLosesAndSecondDecisionsConflict() {
		AmendmentView submitted = submittedRequest();

		assertThatThrownBy(() -> amendments.decide(school, submitted.id(), AmendmentDecision.APPROVE, null,
				submitted.version() - 1))
			.isInstanceOf(ConflictException.class);
		amendments.decide(school, submitted.id(), AmendmentDecision.APPROVE, null, submitted.version());
		long decidedVersion = amendments.mine(student, submitted.id()).version();
		assertThatThrownBy(() -> amendments.decide(school, submitted.id(), AmendmentDecision.REJECT, "迟到的驳回",
				decidedVersion))
			.isInstanceOf(ConflictException.class)
			.hasMessage("amendment.notPending");
	}

	@Test
	void submissionNeedsTheFieldStillMismatched() {
		AmendmentView request = amendments.create(student, List.of(KeyField.ETHNICITY));
		amendments.attachEvidence(student, request.id(), KeyField.ETHNICITY, "a.png", photo());
		// the student changes their mind and puts the registry's value into the form
		transactions.executeWithoutResult(tx -> {
			var view = verification.view(student);
			var form = view.form();
			form.setEthnicCode(AmendmentTestData.REGISTRY_ETHNICITY);
			verification.saveDraft(student, form, view.version());
		});

		assertThatThrownBy(() -> amendments.submit(student, request.id(), amendments.mine(student, request.id())
			.version()))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).extracting(v -> v.code())
				.containsExactly("amendment.field.notMismatched"));
	}

	@Test
	void onlySchoolReviewersDecide() {
		AmendmentView submitted = submittedRequest();
		SignedInAccount college = data.staff(Role.COLLEGE_REVIEWER, graduate.collegeId());

		assertThatThrownBy(() -> amendments.decide(college, submitted.id(), AmendmentDecision.APPROVE, null,
				submitted.version()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> amendments.queue(student, null, 0))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void theSchoolQueueListsSubmittedRequestsButNoDrafts() {
		AmendmentView draft = amendments.create(data.graduateWithEthnicityMismatch().account(),
				List.of(KeyField.ETHNICITY));
		AmendmentView submitted = submittedRequest();

		ReviewQueue queue = amendments.queue(school, AmendmentStatus.SUBMITTED, 0);

		assertThat(queue.rows()).extracting(ReviewQueue.Row::id).contains(submitted.id()).doesNotContain(draft.id());
		assertThat(queue.counts()).containsKeys(AmendmentStatus.SUBMITTED, AmendmentStatus.APPROVED,
				AmendmentStatus.REJECTED);
		assertThat(queue.counts().get(AmendmentStatus.SUBMITTED)).isPositive();
		assertThatThrownBy(() -> amendments.detail(school, draft.id())).isInstanceOf(NotFoundException.class);
	}

	private AmendmentView submittedRequest() {
		return AmendmentTestData.submitted(amendments, student, KeyField.ETHNICITY);
	}

	private int evidenceRowsOf(SignedInAccount account) {
		return jdbc.sql("select count(*) from evidence_file where owner_account_id = :id")
			.param("id", account.id())
			.query(Integer.class)
			.single();
	}

	/** A fresh image each call, so content hashes never collide between tests. */
	static InputStream photo() {
		try {
			var image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
			var random = java.util.concurrent.ThreadLocalRandom.current();
			for (int x = 0; x < 64; x++) {
				for (int y = 0; y < 48; y++) {
					image.setRGB(x, y, random.nextInt(0xFFFFFF));
				}
			}
			var out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, "png", out);
			return new java.io.ByteArrayInputStream(out.toByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static InputStream corpus(String name) {
		return AmendmentServiceIntegrationTests.class.getResourceAsStream("/evidence/" + name);
	}
}
