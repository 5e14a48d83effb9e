package com.gradverify.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item stands in the two-level review (学院 → 学校), the same for every reviewable kind. A
 * kind that needs a state of its own beyond these (an agreement a breach ended) keeps it beside.
 */
public enum ReviewState {
	/** 草稿: the student is filling it in (also after withdrawing). */
	DRAFT,
	/** 待学院审核. */
	SUBMITTED,
	/** 待学校审核: the college approved. */
	COLLEGE_APPROVED,
	/** 已通过: the school approved; locked. */
	APPROVED,
	/** 已驳回 at either level: editable and resubmittable. */
	REJECTED;

	public boolean isEditable() {
		return this == DRAFT || this == REJECTED;
	}

	/**
	 * No college has decided it: a draft, one waiting for the college, or a rejected one the student
	 * will submit again. Such an item follows its student to another college.
	 */
	public boolean isUndecided() {
		return this == DRAFT || this == SUBMITTED || this == REJECTED;
	}

	/** The level the item waits for, or null when it waits for nobody. */
	public ReviewLevel awaiting() {
		return switch (this) {
			case SUBMITTED -> ReviewLevel.COLLEGE;
			case COLLEGE_APPROVED -> ReviewLevel.SCHOOL;
			default -> null;
		};
	}

	/** The state in which items wait for {@code level}. */
	public static ReviewState waitingFor(ReviewLevel level) {
		return level == ReviewLevel.COLLEGE ? SUBMITTED : COLLEGE_APPROVED;
	}

	/** The states of items {@code level} (or a later one) has decided. */
	public static Set<ReviewState> decidedAt(ReviewLevel level) {
		return level == ReviewLevel.COLLEGE ? EnumSet.of(COLLEGE_APPROVED, APPROVED, REJECTED)
				: EnumSet.of(APPROVED, REJECTED);
	}

	/** Every state a reviewer sees: all but drafts, which are the student's alone. */
	public static Set<ReviewState> submitted() {
		return EnumSet.complementOf(EnumSet.of(DRAFT));
	}
}
