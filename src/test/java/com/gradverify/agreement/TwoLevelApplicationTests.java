package com.gradverify.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.review.Decision;
import com.gradverify.review.ReviewLevel;

class TwoLevelApplicationTests {

	/** The state machine alone, of college 3. */
	private static final class Application extends TwoLevelApplication {

		Application() {
			super(1, 3L, 2027);
		}

		private boolean ended;

		void end() {
			ended = true;
		}

		@Override
		boolean isTerminated() {
			return ended;
		}

		@Override
		public String reviewKind() {
			return "TEST";
		}
	}

	/** An application in that state, reached the way graduates and reviewers do. */
	private static Application inState(ApplicationState state) {
		var application = new Application();
		if (state == ApplicationState.DRAFT) {
			return application;
		}
		application.submit();
		switch (state) {
			case COLLEGE_APPROVED -> application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
			case APPROVED, TERMINATED -> {
				application.decide(ReviewLevel.COLLEGE, Decision.APPROVE);
				application.decide(ReviewLevel.SCHOOL, Decision.APPROVE);
				if (state == ApplicationState.TERMINATED) {
					application.end();
				}
			}
			case REJECTED -> application.decide(ReviewLevel.COLLEGE, Decision.REJECT);
			default -> {
			}
		}
		assertThat(application.getStatus()).isEqualTo(state);
		return application;
	}

	@Test
	void anApplicationNoCollegeHasDecidedFollowsTheGraduateToTheirNewCollege() {
		for (ApplicationState state : List.of(ApplicationState.DRAFT, ApplicationState.SUBMITTED,
				ApplicationState.REJECTED)) {
			Application application = inState(state);

			assertThat(application.moveToCollege(7L)).as(state.name()).isTrue();

			assertThat(application.getCollegeId()).as(state.name()).isEqualTo(7L);
			assertThat(application.getStatus()).as("the move decides nothing").isEqualTo(state);
		}
	}

	@Test
	void anApplicationRejectedByTheSchoolFollowsTheGraduateToo() {
		Application application = inState(ApplicationState.COLLEGE_APPROVED);
		application.decide(ReviewLevel.SCHOOL, Decision.REJECT);

		assertThat(application.moveToCollege(7L)).isTrue();
		assertThat(application.getCollegeId()).isEqualTo(7L);
	}

	@Test
	void aDecidedApplicationKeepsTheCollegeThatDecidedIt() {
		for (ApplicationState state : List.of(ApplicationState.COLLEGE_APPROVED, ApplicationState.APPROVED,
				ApplicationState.TERMINATED)) {
			Application application = inState(state);

			assertThat(application.moveToCollege(7L)).as(state.name()).isFalse();

			assertThat(application.getCollegeId()).as(state.name()).isEqualTo(3L);
		}
	}

	@Test
	void aMoveToTheCollegeItIsAlreadyInIsNoMove() {
		Application application = inState(ApplicationState.SUBMITTED);
		var updatedAt = application.getUpdatedAt();

		assertThat(application.moveToCollege(3L)).isFalse();

		assertThat(application.getCollegeId()).isEqualTo(3L);
		assertThat(application.getUpdatedAt()).isEqualTo(updatedAt);
	}

	@Test
	void aGraduateWithNoCollegeTakesTheUndecidedApplicationOutOfEveryCollegesQueueAndBack() {
		Application application = inState(ApplicationState.REJECTED);

		assertThat(application.moveToCollege(null)).isTrue();
		assertThat(application.getCollegeId()).isNull();
		assertThat(application.moveToCollege(null)).as("already in none").isFalse();

		assertThat(application.moveToCollege(7L)).isTrue();
		assertThat(application.getCollegeId()).isEqualTo(7L);
	}
}
