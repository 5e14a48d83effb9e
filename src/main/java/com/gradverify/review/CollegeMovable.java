package com.gradverify.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An item of a {@link ReviewableKind} that follows its student to another college while no college
 * has decided it; its aggregate decides which states that covers.
 */
public interface CollegeMovable {

	Long getId();

	long getAccountId();

	Long getCollegeId();

	/**
	 * Moves the item to that college (null: none) if no college has decided it and it is not there
	 * already, raising its version; returns whether it moved.
	 */
	boolean moveToCollege(Long collegeId);

	/** Moves each item to the college its account now belongs to; returns what moved. */
	static List<ReviewableKind.Moved> moveAll(Collection<? extends CollegeMovable> items,
			Map<Long, Long> collegeByAccount) {
		List<ReviewableKind.Moved> moved = new ArrayList<>();
		for (CollegeMovable item : items) {
			Long from = item.getCollegeId();
			Long to = collegeByAccount.get(item.getAccountId());
			if (item.moveToCollege(to)) {
				moved.add(new ReviewableKind.Moved(item.getId(), from, to));
			}
		}
		return moved;
	}
}
