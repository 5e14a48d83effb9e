package com.gradverify.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.gradverify.account.StudentAccountsRefreshed;
import com.gradverify.audit.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an import moves students to another college, their applications that no college has
 * decided yet follow them to the new college's queue, in the import's transaction, each move in
 * the item's history.
 */
@Component
class StudentCollegeMoves {

	private static final String ACTOR = "registry-import";

	private final List<ReviewableKind> kinds;

	private final AuditTrail audit;

	StudentCollegeMoves(List<ReviewableKind> kinds, AuditTrail audit) {
		this.kinds = kinds;
		this.audit = audit;
	}

	@EventListener
	void on(StudentAccountsRefreshed refreshed) {
		List<Map<Long, Long>> slices = new ArrayList<>();
		refreshed.students().forEach(s -> {
			if (slices.isEmpty() || slices.get(slices.size() - 1).size() == ReviewableKind.Moved.MAX_ACCOUNTS) {
				slices.add(new LinkedHashMap<>());
			}
			slices.get(slices.size() - 1).put(s.accountId(), s.collegeId());
		});
		// a bounded number of accounts per locking query, whatever the import's batch size
		for (ReviewableKind kind : kinds) {
			for (Map<Long, Long> collegeByAccount : slices) {
				moveUndecided(kind, collegeByAccount);
			}
		}
	}

	private void moveUndecided(ReviewableKind kind, Map<Long, Long> collegeByAccount) {
		for (var moved : kind.moveUndecided(collegeByAccount)) {
			var details = new LinkedHashMap<String, Object>();
			details.put("fromCollegeId", moved.fromCollegeId());
			details.put("toCollegeId", moved.toCollegeId());
			// under the owning module's subject type, like decisions, so the item's history shows it
			audit.record(ACTOR, "review.collegeChanged", kind.kind().toLowerCase(Locale.ROOT),
					Long.toString(moved.applicationId()), details);
		}
	}
}
