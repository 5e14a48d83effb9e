package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.verification.KeyField;

/** The school's per-field decisions on a 申请异动, as the aggregate rules them. */
class AmendmentFieldDecisionTests {

	private static final Claim ORIGIN = new Claim(KeyField.ORIGIN_PLACE, "430621", "430602");

	private static final Claim ETHNICITY = new Claim(KeyField.ETHNICITY, "01", "03");

	@Test
	void oneAcceptedFieldApprovesTheRequestAndOnlyTheAcceptedFieldsCorrectTheRegistry() {
		AmendmentRequest request = submitted();

		request.decide("school", null, List.of(FieldDecision.accept(KeyField.ORIGIN_PLACE, null),
				FieldDecision.reject(KeyField.ETHNICITY, " 民族证明不清晰 ")), () -> true);

		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.APPROVED);
		assertThat(request.getDecidedBy()).isEqualTo("school");
		assertThat(request.accepted()).extracting(AmendmentField::getField).containsExactly(KeyField.ORIGIN_PLACE);
		assertThat(field(request, KeyField.ETHNICITY).getOutcome()).isEqualTo(FieldOutcome.REJECTED);
		assertThat(field(request, KeyField.ETHNICITY).getOutcomeReason()).isEqualTo("民族证明不清晰");
		assertThat(field(request, KeyField.ORIGIN_PLACE).getOutcomeReason()).isNull();
		assertThat(request.getRevisions()).isEmpty();
	}

	@Test
	void allRejectedRejectsTheRequestKeepsTheReasonsInTheRevisionAndLetsTheStudentResubmit() {
		AmendmentRequest request = submitted();

		request.decide("school", "", List.of(FieldDecision.reject(KeyField.ORIGIN_PLACE, "户籍证明不是入学前的"),
				FieldDecision.reject(KeyField.ETHNICITY, "民族证明不清晰")), () -> {
					throw new AssertionError("a rejection never asks for the binding");
				});

		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.REJECTED);
		assertThat(request.getDecisionComment()).isNull();
		assertThat(request.accepted()).isEmpty();
		assertThat(request.getRevisions()).singleElement()
			.satisfies(r -> assertThat(r.getSnapshot().fields()).extracting(RevisionSnapshot.Field::reason)
				.containsExactlyInAnyOrder("户籍证明不是入学前的", "民族证明不清晰"));
		assertThat(request.getRevision()).isEqualTo(2);

		request.attach(KeyField.ETHNICITY, 12);
		request.submit();
		assertThat(request.getFields()).allSatisfy(f -> {
			assertThat(f.getOutcome()).isNull();
			assertThat(f.getOutcomeReason()).isNull();
		});
	}

	@Test
	void everyFieldMustBeDecidedAndARejectedOneNeedsAReason() {
		AmendmentRequest request = submitted();

		assertThatThrownBy(() -> request.decide("school", null,
				List.of(FieldDecision.reject(KeyField.ETHNICITY, "  ")), () -> true))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations())
				.extracting(Violation::field, Violation::code)
				.containsExactlyInAnyOrder(
						org.assertj.core.groups.Tuple.tuple("fields[ORIGIN_PLACE].outcome", "amendment.field.undecided"),
						org.assertj.core.groups.Tuple.tuple("fields[ETHNICITY].reason", "amendment.field.reasonRequired")));
		assertUnchanged(request);
	}

	@Test
	void aDecisionNamesOnlyClaimedFieldsEachOnce() {
		AmendmentRequest request = submitted();

		assertThatThrownBy(() -> request.decide("school", null, List.of(FieldDecision.accept(KeyField.ORIGIN_PLACE, null),
				FieldDecision.reject(KeyField.ORIGIN_PLACE, "重复"), FieldDecision.accept(KeyField.ETHNICITY, null),
				FieldDecision.accept(KeyField.NAME, null), new FieldDecision(KeyField.ETHNICITY, null, null)), () -> true))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).extracting(Violation::code)
				.containsExactlyInAnyOrder("amendment.field.decidedTwice", "amendment.field.notClaimed",
						"amendment.field.decidedTwice"));
		assertThatThrownBy(() -> request.decide("school", null, null, () -> true))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).hasSize(2));
		assertThatThrownBy(() -> request.decide("school", null,
				List.of(FieldDecision.accept(KeyField.ORIGIN_PLACE, null),
						FieldDecision.reject(KeyField.ETHNICITY, "长".repeat(AmendmentRequest.COMMENT_MAX + 1))),
				() -> true))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).singleElement()
				.satisfies(v -> assertThat(v.field()).isEqualTo("fields[ETHNICITY].reason"))
				.satisfies(v -> assertThat(v.code()).isEqualTo("amendment.comment.tooLong")));
		assertUnchanged(request);
	}

	@Test
	void acceptingAFieldNeedsTheBindingTheRequestWasFiledFrom() {
		AmendmentRequest request = submitted();
		AtomicInteger asked = new AtomicInteger();

		assertThatThrownBy(() -> request.decide("school", null, List.of(FieldDecision.accept(KeyField.ORIGIN_PLACE, null),
				FieldDecision.reject(KeyField.ETHNICITY, "不清晰")), () -> asked.incrementAndGet() < 0))
			.isInstanceOf(ConflictException.class)
			.hasMessage(AmendmentService.BINDING_ENDED);
		assertThat(asked).hasValue(1);
		assertUnchanged(request);
	}

	@Test
	void onlyASubmittedRequestIsDecided() {
		AmendmentRequest draft = AmendmentRequest.open(1, 2, 3, 2026, List.of(ORIGIN, ETHNICITY));
		List<FieldDecision> acceptAll = List.of(FieldDecision.accept(KeyField.ORIGIN_PLACE, null),
				FieldDecision.accept(KeyField.ETHNICITY, null));

		assertThatThrownBy(() -> draft.decide("school", null, acceptAll, () -> true)).isInstanceOf(ConflictException.class)
			.hasMessage("amendment.notPending");

		AmendmentRequest decided = submitted();
		decided.decide("school", null, acceptAll, () -> true);
		assertThatThrownBy(() -> decided.decide("school", null, acceptAll, () -> true))
			.isInstanceOf(ConflictException.class)
			.hasMessage("amendment.notPending");

		AmendmentRequest closed = submitted();
		closed.close(ClosureReason.BINDING_CHANGED);
		assertThatThrownBy(() -> closed.decide("school", null, acceptAll, () -> true))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void theWholeRequestPathsDecideEveryField() {
		AmendmentRequest approved = submitted();
		approved.approve("school", "材料齐全", true);
		assertThat(approved.getFields()).extracting(AmendmentField::getOutcome).containsOnly(FieldOutcome.ACCEPTED);
		assertThat(approved.accepted()).hasSize(2);
		assertThat(approved.getDecisionComment()).isEqualTo("材料齐全");

		AmendmentRequest rejected = submitted();
		rejected.reject("school", "照片不清晰");
		assertThat(rejected.getFields()).extracting(AmendmentField::getOutcome).containsOnly(FieldOutcome.REJECTED);
		assertThat(rejected.getFields()).extracting(AmendmentField::getOutcomeReason).containsOnly("照片不清晰");
		assertThat(rejected.getDecisionComment()).isEqualTo("照片不清晰");
	}

	private static void assertUnchanged(AmendmentRequest request) {
		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.SUBMITTED);
		assertThat(request.getDecidedBy()).isNull();
		assertThat(request.getFields()).extracting(AmendmentField::getOutcome).containsOnlyNulls();
	}

	private static AmendmentField field(AmendmentRequest request, KeyField field) {
		return request.getFields().stream().filter(f -> f.getField() == field).findFirst().orElseThrow();
	}

	private static AmendmentRequest submitted() {
		AmendmentRequest request = AmendmentRequest.open(1, 2, 3, 2026, List.of(ORIGIN, ETHNICITY));
		request.attach(KeyField.ORIGIN_PLACE, 10);
		request.attach(KeyField.ETHNICITY, 11);
		request.submit();
		return request;
	}
}
