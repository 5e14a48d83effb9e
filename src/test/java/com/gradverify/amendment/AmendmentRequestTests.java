package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.verification.KeyField;

class AmendmentRequestTests {

	private static final Claim ETHNICITY = new Claim(KeyField.ETHNICITY, "01", "03");

	private static final Claim NAME = new Claim(KeyField.NAME, "张三", "张叁");

	@Test
	void aNewRequestIsADraftOfItsClaims() {
		AmendmentRequest request = AmendmentRequest.open(1, 2, 3, 2026, List.of(ETHNICITY, NAME));

		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.DRAFT);
		assertThat(request.getRevision()).isEqualTo(1);
		assertThat(request.getFields()).extracting(AmendmentField::getField)
			.containsExactlyInAnyOrder(KeyField.ETHNICITY, KeyField.NAME);
	}

	@Test
	void aRequestNeedsAtLeastOneField() {
		assertThatThrownBy(() -> AmendmentRequest.open(1, 2, 3, 2026, List.of())).isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("amendment.fields.required"));
	}

	@Test
	void submittingNeedsEvidenceForEveryField() {
		AmendmentRequest request = AmendmentRequest.open(1, 2, 3, 2026, List.of(ETHNICITY, NAME));
		request.attach(KeyField.ETHNICITY, 10);

		assertThatThrownBy(request::submit).isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).singleElement()
				.satisfies(v -> assertThat(v.field()).isEqualTo("NAME"))
				.satisfies(v -> assertThat(v.code()).isEqualTo("amendment.evidence.required")));
		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.DRAFT);
	}

	@Test
	void evidenceOnlyBacksClaimedFields() {
		AmendmentRequest request = AmendmentRequest.open(1, 2, 3, 2026, List.of(ETHNICITY));

		assertThatThrownBy(() -> request.attach(KeyField.NAME, 10)).isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("amendment.field.notClaimed"));
	}

	@Test
	void nothingChangesOnceSubmitted() {
		AmendmentRequest request = submitted();

		assertThatThrownBy(() -> request.attach(KeyField.ETHNICITY, 11)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.detach(10)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.claim(List.of(NAME))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(request::submit).isInstanceOf(ConflictException.class);
		assertThat(request.evidenceIds()).containsExactly(10L);
	}

	@Test
	void approvalClosesTheRequest() {
		AmendmentRequest request = submitted();

		request.approve("school", " ", true);

		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.APPROVED);
		assertThat(request.getDecidedBy()).isEqualTo("school");
		assertThat(request.getDecisionComment()).isNull();
		assertThat(request.getStatus().isOpen()).isFalse();
		assertThatThrownBy(() -> request.approve("school", null, true)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.reject("school", "x")).isInstanceOf(ConflictException.class);
	}

	@Test
	void approvalNeedsTheApplicationStillBoundToTheRecord() {
		AmendmentRequest request = submitted();

		assertThatThrownBy(() -> request.approve("school", "材料齐全", false)).isInstanceOf(ConflictException.class)
			.hasMessage(AmendmentService.BINDING_ENDED);
		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.SUBMITTED);
		assertThat(request.getDecidedBy()).isNull();
	}

	@Test
	void closingEndsAnOpenRequestWithoutADecision() {
		AmendmentRequest request = submitted();
		request.reject("school", "照片不清晰");

		request.close(ClosureReason.BINDING_RELEASED);

		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.CLOSED);
		assertThat(request.getStatus().isOpen()).isFalse();
		assertThat(request.getStatus().isEditable()).isFalse();
		assertThat(request.getClosureReason()).isEqualTo(ClosureReason.BINDING_RELEASED);
		assertThat(request.getClosedAt()).isNotNull();
		// the rejection stays in its revision, not as the closed request's decision
		assertThat(request.getDecisionComment()).isNull();
		assertThat(request.getDecidedAt()).isNull();
		assertThat(request.getRevisions()).singleElement()
			.satisfies(r -> assertThat(r.getDecisionComment()).isEqualTo("照片不清晰"));
		assertThat(request.getFields()).extracting(AmendmentField::getField).containsExactly(KeyField.ETHNICITY);
		assertThatThrownBy(request::submit).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> request.approve("school", null, true)).isInstanceOf(ConflictException.class)
			.hasMessage("amendment.notPending");
		assertThatThrownBy(() -> request.close(ClosureReason.BINDING_CHANGED)).isInstanceOf(ConflictException.class)
			.hasMessage("amendment.notOpen");
	}

	@Test
	void aDecidedRequestIsNotClosed() {
		AmendmentRequest request = submitted();
		request.approve("school", null, true);

		assertThatThrownBy(() -> request.close(ClosureReason.BINDING_RELEASED)).isInstanceOf(ConflictException.class);
		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.APPROVED);
	}

	@Test
	void rejectionNeedsAComment() {
		AmendmentRequest request = submitted();

		assertThatThrownBy(() -> request.reject("school", "  ")).isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("amendment.comment.required"));
		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.SUBMITTED);
	}

	@Test
	void rejectionKeepsTheVersionAndLetsTheStudentEditAndResubmit() {
		AmendmentRequest request = submitted();

		request.reject("school", "照片不清晰");

		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.REJECTED);
		assertThat(request.getRevision()).isEqualTo(2);
		assertThat(request.getRevisions()).singleElement().satisfies(revision -> {
			assertThat(revision.getRevision()).isEqualTo(1);
			assertThat(revision.getDecisionComment()).isEqualTo("照片不清晰");
			assertThat(revision.getSnapshot().fields()).singleElement()
				.isEqualTo(new RevisionSnapshot.Field(KeyField.ETHNICITY, "01", "03", List.of(10L), FieldOutcome.REJECTED,
						"照片不清晰"));
		});

		assertThat(request.detach(10)).isTrue();
		request.attach(KeyField.ETHNICITY, 12);
		request.submit();

		assertThat(request.getStatus()).isEqualTo(AmendmentStatus.SUBMITTED);
		assertThat(request.getDecisionComment()).isNull();
		assertThat(request.evidenceIds()).containsExactly(12L);
		assertThat(request.getRevisions().get(0).getSnapshot().fields().get(0).evidenceIds()).containsExactly(10L);
	}

	@Test
	void reclaimingKeepsTheEvidenceOfKeptFieldsAndReportsTheDroppedOnes() {
		AmendmentRequest request = AmendmentRequest.open(1, 2, 3, 2026, List.of(ETHNICITY, NAME));
		request.attach(KeyField.ETHNICITY, 10);
		request.attach(KeyField.NAME, 11);

		var dropped = request.claim(List.of(new Claim(KeyField.ETHNICITY, "01", "04")));

		assertThat(dropped).containsExactly(11L);
		assertThat(request.getFields()).singleElement().satisfies(f -> {
			assertThat(f.getClaimedValue()).isEqualTo("04");
			assertThat(f.getEvidenceIds()).containsExactly(10L);
		});
	}

	@Test
	void aCommentHasALimit() {
		AmendmentRequest request = submitted();

		assertThatThrownBy(() -> request.reject("school", "长".repeat(AmendmentRequest.COMMENT_MAX + 1)))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(codes(ex)).containsExactly("amendment.comment.tooLong"));
	}

	private static AmendmentRequest submitted() {
		AmendmentRequest request = AmendmentRequest.open(1, 2, 3, 2026, List.of(ETHNICITY));
		request.attach(KeyField.ETHNICITY, 10);
		request.submit();
		return request;
	}

	private static List<String> codes(Throwable ex) {
		return ((RuleViolationException) ex).violations().stream().map(RuleViolationException.Violation::code).toList();
	}
}
