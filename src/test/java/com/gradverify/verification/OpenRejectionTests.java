package com.gradverify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.review.ReviewState;
import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;
import com.gradverify.review.ReviewRecord;

/** Which rejection the student still has to answer, and which was the last one. */
class OpenRejectionTests {

	private static final ReviewRecord COLLEGE_APPROVED = record(ReviewLevel.COLLEGE, Decision.APPROVE, List.of());

	private static final ReviewRecord SCHOOL_REJECTED = record(ReviewLevel.SCHOOL, Decision.REJECT,
			List.of("homePhone", "policeStation"));

	@Test
	void theLastDecisionIsOpenWhileTheApplicationStandsRejected() {
		assertThat(OpenRejection.of(ReviewState.REJECTED, List.of(COLLEGE_APPROVED, SCHOOL_REJECTED)))
			.contains(SCHOOL_REJECTED);
	}

	@Test
	void aResubmittedOrWithdrawnApplicationHasNoOpenRejectionButKeepsItsLastOne() {
		List<ReviewRecord> decisions = List.of(COLLEGE_APPROVED, SCHOOL_REJECTED);
		for (ReviewState status : List.of(ReviewState.SUBMITTED, ReviewState.DRAFT,
				ReviewState.COLLEGE_APPROVED, ReviewState.APPROVED)) {
			assertThat(OpenRejection.of(status, decisions)).as(status.name()).isEmpty();
		}
		assertThat(OpenRejection.last(decisions)).contains(SCHOOL_REJECTED);
	}

	@Test
	void anApprovalAfterTheRejectionIsNotARejectionAndNoDecisionsMeanNone() {
		ReviewRecord approvedAgain = record(ReviewLevel.COLLEGE, Decision.APPROVE, List.of());
		assertThat(OpenRejection.of(ReviewState.REJECTED, List.of(SCHOOL_REJECTED, approvedAgain))).isEmpty();
		assertThat(OpenRejection.of(ReviewState.REJECTED, List.of())).isEmpty();
		assertThat(OpenRejection.last(List.of(COLLEGE_APPROVED))).isEmpty();
	}

	private static ReviewRecord record(ReviewLevel level, Decision decision, List<String> fields) {
		return new ReviewRecord(level, decision, decision == Decision.REJECT ? "请修改" : null, "审核员", Instant.now(),
				fields);
	}
}
