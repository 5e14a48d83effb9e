package com.gradverify.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whether one student may submit or withdraw their 实名认证 now, and why not. Reading and saving drafts
 * are never limited; reviews are not either (the window limits students only).
 * <ul>
 * <li>{@code UNRESTRICTED}: the 届 has no campaign at all, and is always open (as before campaigns).</li>
 * <li>{@code NOT_YET_OPEN}: the next campaign's opening time has not come ({@code opensAt}).</li>
 * <li>{@code OPEN}: until {@code deadline}, the student's college deadline or else the closing time, or a
 * later time their application was reopened until ({@code reopened}).</li>
 * <li>{@code CLOSED}: the last campaign's {@code deadline} passed and no later campaign is coming.</li>
 * </ul>
 */
public record CollectionWindow(State state, Long campaignId, String campaignName, Instant opensAt, Instant deadline,
		boolean reopened) {

	/** Where a student stands towards the campaigns of their 届. */
	public enum State {
		UNRESTRICTED, NOT_YET_OPEN, OPEN, CLOSED
	}

	/** How pages and problem details write the window's times: China's time, to the minute. */
	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	static final CollectionWindow UNRESTRICTED = new CollectionWindow(State.UNRESTRICTED, null, null, null, null,
			false);

	/**
	 * The rule: among the 届's {@code campaigns}, the latest one already opened counts, with the
	 * student's college deadline and their reopening of that campaign ({@code reopenedUntil} by campaign
	 * id); after it, the next one to open.
	 */
	static CollectionWindow of(List<CampaignWindow> campaigns, Long collegeId, Map<Long, Instant> reopenedUntil,
			Instant now) {
		if (campaigns.isEmpty()) {
			return UNRESTRICTED;
		}
		List<CampaignWindow> byOpening = campaigns.stream().sorted(Comparator.comparing(CampaignWindow::opensAt)).toList();
		CampaignWindow current = byOpening.stream().filter(c -> !c.opensAt().isAfter(now)).reduce((a, b) -> b).orElse(null);
		CampaignWindow next = byOpening.stream().filter(c -> c.opensAt().isAfter(now)).findFirst().orElse(null);
		if (current != null) {
			Instant deadline = current.deadlineFor(collegeId);
			if (now.isBefore(deadline)) {
				return new CollectionWindow(State.OPEN, current.id(), current.name(), current.opensAt(), deadline, false);
			}
			Instant until = reopenedUntil.get(current.id());
			if (until != null && now.isBefore(until)) {
				return new CollectionWindow(State.OPEN, current.id(), current.name(), current.opensAt(), until, true);
			}
			if (next == null) {
				return new CollectionWindow(State.CLOSED, current.id(), current.name(), current.opensAt(), deadline,
						false);
			}
		}
		return new CollectionWindow(State.NOT_YET_OPEN, next.id(), next.name(), next.opensAt(),
				next.deadlineFor(collegeId), false);
	}

	/** Submitting and withdrawing are allowed now. */
	public boolean allowsSubmission() {
		return state == State.UNRESTRICTED || state == State.OPEN;
	}

	/** A campaign's deadline is counting down (pages show it and the time left). */
	public boolean isCountingDown() {
		return state == State.OPEN;
	}

	/** The time left from now, as the page writes it. */
	public Duration remaining() {
		return remaining(Instant.now());
	}

	/** The time left until the deadline, never negative; zero unless open. */
	public Duration remaining(Instant now) {
		return state != State.OPEN || now.isAfter(deadline) ? Duration.ZERO : Duration.between(now, deadline);
	}

	/** The deadline in milliseconds since the epoch, for the page script that refines the countdown. */
	public long deadlineEpochMillis() {
		return deadline == null ? 0 : deadline.toEpochMilli();
	}

	public String opensAtText() {
		return opensAt == null ? null : TIME.format(opensAt);
	}

	public String deadlineText() {
		return deadline == null ? null : TIME.format(deadline);
	}

	/**
	 * The arguments of {@code COLLECTION_CLOSED}: not yet open (0) or closed (1), the campaign's name,
	 * its opening time and the student's deadline, as written on pages.
	 */
	public Object[] closedMessageArgs() {
		return new Object[] { state == State.NOT_YET_OPEN ? 0 : 1, campaignName, opensAtText(), deadlineText() };
	}
}
