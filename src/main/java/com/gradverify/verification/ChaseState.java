package com.gradverify.verification;

import com.gradverify.review.ReviewState;

/**
 * Which students a chase list (催办名单) holds, as the progress dashboard counts them: each number on
 * the dashboard is the size of one of these lists. They overlap where the dashboard's columns do: an
 * application filled in by hand is both {@link #UNBOUND} and in its review state.
 */
public enum ChaseState {

	/** 从未登录: no sign-in on record and no application (which only a signed-in student can start). */
	NEVER_SIGNED_IN,
	/** 未绑定学籍: no application bound to a registry record, none at all included. */
	UNBOUND,
	/** 草稿: an application not submitted (also after withdrawing). */
	DRAFT,
	/** 待审核: waiting for the college or the school. */
	WAITING,
	/** 待学院审核. */
	WAITING_FOR_COLLEGE,
	/** 待学校审核. */
	WAITING_FOR_SCHOOL,
	/** 已驳回未重新提交: rejected at either level and not submitted again. */
	REJECTED,
	/** 已通过. */
	APPROVED;

	/** Whether its students have yet to act, so that a reminder (催办) makes sense. */
	public boolean remindable() {
		return this == NEVER_SIGNED_IN || this == UNBOUND || this == DRAFT || this == REJECTED;
	}

	/** The message key of the list's name, e.g. {@code chase.state.UNBOUND}. */
	public String messageKey() {
		return "chase.state." + name();
	}

	boolean holds(ChaseStudent student) {
		ReviewState status = student.status();
		return switch (this) {
			case NEVER_SIGNED_IN -> !student.signedIn() && status == null;
			case UNBOUND -> !student.bound();
			case DRAFT -> status == ReviewState.DRAFT;
			case WAITING -> status == ReviewState.SUBMITTED || status == ReviewState.COLLEGE_APPROVED;
			case WAITING_FOR_COLLEGE -> status == ReviewState.SUBMITTED;
			case WAITING_FOR_SCHOOL -> status == ReviewState.COLLEGE_APPROVED;
			case REJECTED -> status == ReviewState.REJECTED;
			case APPROVED -> status == ReviewState.APPROVED;
		};
	}

	/**
	 * The state named {@code text} (as the API and the pages send it), null for none (every student).
	 * @throws com.gradverify.shared.RuleViolationException on field {@code state} for any other text
	 */
	public static ChaseState parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (ChaseState state : values()) {
			if (state.name().equals(text.strip())) {
				return state;
			}
		}
		throw new com.gradverify.shared.RuleViolationException("state", "chase.state.invalid");
	}
}
