package com.gradverify.campaign;

import java.time.Instant;
import java.util.Map;

/** One campaign as the window rule reads it: the window and the colleges' own deadlines. */
record CampaignWindow(long id, String name, Instant opensAt, Instant closesAt, Map<Long, Instant> collegeDeadlines) {

	CampaignWindow {
		collegeDeadlines = Map.copyOf(collegeDeadlines);
	}

	/** The college's own deadline, or the closing time for a college without one (or no college). */
	Instant deadlineFor(Long collegeId) {
		Instant own = collegeId == null ? null : collegeDeadlines.get(collegeId);
		return own != null ? own : closesAt;
	}
}
