package com.gradverify.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.gradverify.shared.ConflictException;

/**
 * The two-level review that every kind embeds: each action from each state either leads to the one
 * state the workflow names or is refused with a 409, and the state stays as it was.
 */
class TwoLevelReviewTests {

	/** An action a student or reviewer takes. */
	private record Action(String name, Function<TwoLevelReview, ReviewTransition> act) {
		@Override
		public String toString() {
			return name;
		}
	}

	private static final Action SUBMIT = new Action("submit", TwoLevelReview::submit);

	private static final Action WITHDRAW = new Action("withdraw", TwoLevelReview::withdraw);

	private static Action decide(ReviewLevel level, Decision decision) {
		return new Action(level + " " + decision, review -> review.decide(level, decision));
	}

	private static final List<Action> ACTIONS = List.of(SUBMIT, WITHDRAW,
			decide(ReviewLevel.COLLEGE, Decision.APPROVE), decide(ReviewLevel.COLLEGE, Decision.REJECT),
			decide(ReviewLevel.COLLEGE, Decision.RETURN), decide(ReviewLevel.SCHOOL, Decision.APPROVE),
			decide(ReviewLevel.SCHOOL, Decision.REJECT), decide(ReviewLevel.SCHOOL, Decision.RETURN));

	/** state → action name → the state it leads to; every pair not listed is illegal. */
	private static final Map<ReviewState, Map<String, ReviewState>> LEGAL = Map.of(
			ReviewState.DRAFT, Map.of("submit", ReviewState.SUBMITTED),
			ReviewState.SUBMITTED, Map.of("withdraw", ReviewState.DRAFT,
					"COLLEGE APPROVE", ReviewState.COLLEGE_APPROVED, "COLLEGE REJECT", ReviewState.REJECTED),
			ReviewState.COLLEGE_APPROVED, Map.of("SCHOOL APPROVE", ReviewState.APPROVED,
					"SCHOOL REJECT", ReviewState.REJECTED, "SCHOOL RETURN", ReviewState.SUBMITTED),
			ReviewState.REJECTED, Map.of("submit", ReviewState.SUBMITTED),
			ReviewState.APPROVED, Map.of());

	/** A review in that state, reached the way students and reviewers reach it. */
	private static TwoLevelReview inState(ReviewState state) {
		var review = new TwoLevelReview();
		switch (state) {
			case DRAFT -> {
			}
			case SUBMITTED -> review.submit();
			case COLLEGE_APPROVED -> {
				review.submit();
				review.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
			}
			case APPROVED -> {
				review.submit();
				review.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
				review.decide(ReviewLevel.SCHOOL, Decision.APPROVE);
			}
			case REJECTED -> {
				review.submit();
				review.decide(ReviewLevel.COLLEGE, Decision.REJECT);
			}
		}
		assertThat(review.state()).isEqualTo(state);
		return review;
	}

	@Test
	void everyActionFromEveryStateLeadsWhereTheWorkflowSaysOrIsRefused() {
		List<String> checked = new ArrayList<>();
		for (ReviewState state : ReviewState.values()) {
			for (Action action : ACTIONS) {
				TwoLevelReview review = inState(state);
				ReviewState expected = LEGAL.get(state).get(action.name());
				String what = state + " → " + action;
				if (expected == null) {
					assertThatThrownBy(() -> action.act().apply(review)).as(what).isInstanceOf(ConflictException.class);
					assertThat(review.state()).as(what + " changes nothing").isEqualTo(state);
				}
				else {
					ReviewTransition transition = action.act().apply(review);
					assertThat(review.state()).as(what).isEqualTo(expected);
					assertThat(transition.from()).as(what).isEqualTo(state);
					assertThat(transition.to()).as(what).isEqualTo(expected);
					assertThat(transition.byReviewer()).as(what).isEqualTo(action.name().contains(" "));
				}
				checked.add(what);
			}
		}
		assertThat(checked).hasSize(ReviewState.values().length * ACTIONS.size());
	}

	@Test
	void onlyTheSchoolReturnsAnItemAndTheCollegeIsToldSo() {
		TwoLevelReview review = inState(ReviewState.SUBMITTED);

		assertThatThrownBy(() -> review.decide(ReviewLevel.COLLEGE, Decision.RETURN))
			.isInstanceOf(ConflictException.class)
			.hasMessage("review.returnOnlyBySchool");
	}

	@Test
	void eachStateSaysWhoItWaitsForAndWhatTheStudentMayDo() {
		assertThat(ReviewState.SUBMITTED.awaiting()).isEqualTo(ReviewLevel.COLLEGE);
		assertThat(ReviewState.COLLEGE_APPROVED.awaiting()).isEqualTo(ReviewLevel.SCHOOL);
		assertThat(List.of(ReviewState.DRAFT, ReviewState.APPROVED, ReviewState.REJECTED))
			.allSatisfy(state -> assertThat(state.awaiting()).isNull());
		assertThat(List.of(ReviewState.values())).filteredOn(ReviewState::isEditable)
			.containsExactly(ReviewState.DRAFT, ReviewState.REJECTED);
		assertThat(List.of(ReviewState.values())).filteredOn(ReviewState::isUndecided)
			.containsExactly(ReviewState.DRAFT, ReviewState.SUBMITTED, ReviewState.REJECTED);
		assertThat(ReviewState.decidedAt(ReviewLevel.COLLEGE)).containsExactlyInAnyOrder(ReviewState.COLLEGE_APPROVED,
				ReviewState.APPROVED, ReviewState.REJECTED);
		assertThat(ReviewState.decidedAt(ReviewLevel.SCHOOL)).containsExactlyInAnyOrder(ReviewState.APPROVED,
				ReviewState.REJECTED);
	}

	@Test
	void submissionAndFinalDecisionsAreDated() {
		TwoLevelReview review = inState(ReviewState.COLLEGE_APPROVED);
		assertThat(review.submittedAt()).isNotNull();
		assertThat(review.decidedAt()).as("the college's approval is not final").isNull();

		review.decide(ReviewLevel.SCHOOL, Decision.APPROVE);

		assertThat(review.decidedAt()).isNotNull();
	}

	@Test
	void aRestartForgetsTheSubmissionAndTheDecision() {
		TwoLevelReview review = inState(ReviewState.APPROVED);

		ReviewTransition restarted = review.restart();

		assertThat(restarted.from()).isEqualTo(ReviewState.APPROVED);
		assertThat(review.state()).isEqualTo(ReviewState.DRAFT);
		assertThat(review.submittedAt()).isNull();
		assertThat(review.decidedAt()).isNull();
	}
}
