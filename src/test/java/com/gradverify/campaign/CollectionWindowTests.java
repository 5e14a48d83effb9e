package com.gradverify.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.gradverify.campaign.CollectionWindow.State;

import static org.assertj.core.api.Assertions.assertThat;

/** The window rule: before, during and after a campaign, per-college deadlines, reopening, later rounds. */
class CollectionWindowTests {

	static final Instant OPENS = Instant.parse("2027-03-01T01:00:00Z");

	static final Instant CLOSES = Instant.parse("2027-04-30T09:00:00Z");

	static final Instant LIT_DEADLINE = Instant.parse("2027-04-15T09:00:00Z");

	static final long LIT = 7L;

	static final long CS = 8L;

	static final CampaignWindow MAIN = new CampaignWindow(1, "2027届生源信息采集", OPENS, CLOSES, Map.of(LIT, LIT_DEADLINE));

	@Test
	void aYearWithoutCampaignsIsAlwaysOpen() {
		CollectionWindow window = CollectionWindow.of(List.of(), CS, Map.of(), OPENS);
		assertThat(window.state()).isEqualTo(State.UNRESTRICTED);
		assertThat(window.allowsSubmission()).isTrue();
		assertThat(window.isCountingDown()).isFalse();
	}

	@Test
	void beforeTheOpeningNothingCanBeSubmittedAndTheOpeningIsNamed() {
		CollectionWindow window = at(OPENS.minusSeconds(1), CS);
		assertThat(window.state()).isEqualTo(State.NOT_YET_OPEN);
		assertThat(window.allowsSubmission()).isFalse();
		assertThat(window.opensAtText()).isEqualTo("2027-03-01 09:00");
		assertThat(window.closedMessageArgs()).containsExactly(0, "2027届生源信息采集", "2027-03-01 09:00",
				"2027-04-30 17:00");
	}

	@Test
	void fromTheOpeningUntilTheClosingTheWindowIsOpenAndCountsDown() {
		CollectionWindow window = at(OPENS, CS);
		assertThat(window.state()).isEqualTo(State.OPEN);
		assertThat(window.deadline()).isEqualTo(CLOSES);
		assertThat(window.remaining(CLOSES.minus(Duration.ofHours(25)))).isEqualTo(Duration.ofHours(25));
		assertThat(at(CLOSES.minusSeconds(1), CS).allowsSubmission()).isTrue();
	}

	@Test
	void atTheClosingTimeTheWindowIsClosedWithTheDeadlineNamed() {
		CollectionWindow window = at(CLOSES, CS);
		assertThat(window.state()).isEqualTo(State.CLOSED);
		assertThat(window.allowsSubmission()).isFalse();
		assertThat(window.deadlineText()).isEqualTo("2027-04-30 17:00");
		assertThat(window.closedMessageArgs()[0]).isEqualTo(1);
		assertThat(window.remaining(CLOSES)).isZero();
	}

	@Test
	void aCollegesOwnDeadlineClosesItsStudentsEarlier() {
		assertThat(at(LIT_DEADLINE.minusSeconds(1), LIT).deadline()).isEqualTo(LIT_DEADLINE);
		CollectionWindow lit = at(LIT_DEADLINE, LIT);
		assertThat(lit.state()).isEqualTo(State.CLOSED);
		assertThat(lit.deadline()).isEqualTo(LIT_DEADLINE);
		assertThat(at(LIT_DEADLINE, CS).state()).isEqualTo(State.OPEN);
		// a student without a college has the campaign's closing time
		assertThat(at(LIT_DEADLINE, null).deadline()).isEqualTo(CLOSES);
	}

	@Test
	void aReopenedStudentMaySubmitUntilTheReopeningEnds() {
		Instant until = CLOSES.plus(Duration.ofDays(3));
		CollectionWindow reopened = CollectionWindow.of(List.of(MAIN), LIT, Map.of(MAIN.id(), until),
				CLOSES.plus(Duration.ofDays(1)));
		assertThat(reopened.state()).isEqualTo(State.OPEN);
		assertThat(reopened.reopened()).isTrue();
		assertThat(reopened.deadline()).isEqualTo(until);
		assertThat(CollectionWindow.of(List.of(MAIN), LIT, Map.of(MAIN.id(), until), until).state())
			.isEqualTo(State.CLOSED);
		// a reopening of another campaign counts for nothing here
		assertThat(CollectionWindow.of(List.of(MAIN), LIT, Map.of(99L, until), CLOSES).state()).isEqualTo(State.CLOSED);
	}

	@Test
	void betweenTwoRoundsTheNextOpeningIsNamed() {
		var later = new CampaignWindow(2, "补录", CLOSES.plus(Duration.ofDays(10)), CLOSES.plus(Duration.ofDays(20)),
				Map.of());
		CollectionWindow between = CollectionWindow.of(List.of(later, MAIN), CS, Map.of(), CLOSES.plus(Duration.ofDays(1)));
		assertThat(between.state()).isEqualTo(State.NOT_YET_OPEN);
		assertThat(between.campaignId()).isEqualTo(2L);
		CollectionWindow during = CollectionWindow.of(List.of(later, MAIN), CS, Map.of(), later.opensAt());
		assertThat(during.state()).isEqualTo(State.OPEN);
		assertThat(during.campaignName()).isEqualTo("补录");
	}

	private static CollectionWindow at(Instant now, Long collegeId) {
		return CollectionWindow.of(List.of(MAIN), collegeId, Map.of(), now);
	}
}
