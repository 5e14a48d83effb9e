package com.gradverify.campaign;

import java.time.Instant;
import java.util.List;

/** A campaign as staff see it, on the pages and in the API; {@code version} goes back with a change. */
record CampaignView(long id, int graduationYear, String name, Instant opensAt, Instant closesAt,
		List<CollegeDeadlineView> collegeDeadlines, Phase phase, long version) {

	/** Where the campaign stands now. */
	enum Phase {
		UPCOMING, OPEN, CLOSED
	}

	/** A college's own deadline, with the college's name. */
	record CollegeDeadlineView(long collegeId, String collegeName, Instant deadline) {
	}

	public String opensAtText() {
		return CollectionWindow.TIME.format(opensAt);
	}

	public String closesAtText() {
		return CollectionWindow.TIME.format(closesAt);
	}
}
