package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.gradverify.review.ReviewState;
import com.gradverify.shared.RuleViolationException;

/** A chase list's filters check themselves, and each state holds the students the dashboard counts in it. */
class ChaseQueryTests {

	@Test
	void filtersAreNormalisedAndMalformedOnesRefusedWithTheirField() {
		var query = new ChaseQuery(2027, 3L, " 120203k ", "  ", null);
		assertThat(query.majorCode()).isEqualTo("120203K");
		assertThat(query.className()).isNull();
		assertThatThrownBy(() -> new ChaseQuery(2027, null, "08-09", null, null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("majorCode"));
		assertThatThrownBy(() -> new ChaseQuery(2027, null, null, "班".repeat(101), null))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations().get(0).code()).isEqualTo("chase.className.tooLong"));
		assertThat(ChaseState.parse(" DRAFT ")).isEqualTo(ChaseState.DRAFT);
		assertThat(ChaseState.parse("")).isNull();
		assertThatThrownBy(() -> ChaseState.parse("draft")).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void statesOverlapAsTheDashboardsColumnsDo() {
		ChaseStudent never = student(false, null, false);
		ChaseStudent signedInOnly = student(true, null, false);
		ChaseStudent handFilled = student(true, ReviewState.SUBMITTED, false);
		ChaseStudent waitingSchool = student(true, ReviewState.COLLEGE_APPROVED, true);
		// an application from before sign-ins were recorded: its student has signed in all the same
		ChaseStudent oldDraft = student(false, ReviewState.DRAFT, true);

		assertThat(ChaseState.NEVER_SIGNED_IN.holds(never)).isTrue();
		assertThat(ChaseState.NEVER_SIGNED_IN.holds(signedInOnly)).isFalse();
		assertThat(ChaseState.NEVER_SIGNED_IN.holds(oldDraft)).isFalse();
		assertThat(ChaseState.UNBOUND.holds(never)).isTrue();
		assertThat(ChaseState.UNBOUND.holds(handFilled)).isTrue();
		assertThat(ChaseState.WAITING_FOR_COLLEGE.holds(handFilled)).isTrue();
		assertThat(ChaseState.WAITING.holds(handFilled)).isTrue();
		assertThat(ChaseState.WAITING.holds(waitingSchool)).isTrue();
		assertThat(ChaseState.WAITING_FOR_COLLEGE.holds(waitingSchool)).isFalse();
		assertThat(ChaseState.DRAFT.holds(oldDraft)).isTrue();
		assertThat(never.standingKey()).isEqualTo("chase.status.NEVER_SIGNED_IN");
		assertThat(signedInOnly.standingKey()).isEqualTo("chase.status.NOT_STARTED");
		assertThat(handFilled.standingKey()).isEqualTo("chase.status.SUBMITTED");
	}

	private static ChaseStudent student(boolean signedIn, ReviewState status, boolean bound) {
		return new ChaseStudent(1, "2027001", "张三", "430602************", "", 3L, "计算机学院", "080901",
				"计算机科学与技术", "计科2201", signedIn, status, bound, status == null ? null : Instant.now());
	}
}
