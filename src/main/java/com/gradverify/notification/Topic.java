package com.gradverify.notification;

/**
 * What a notice is about. Students may turn {@link #REMINDER}s off (per channel or entirely), never
 * decisions on their own applications or notices about their account's security.
 */
enum Topic {
	/** a reviewer's or the school's decision on the recipient's application or 申请异动 */
	DECISION,
	/** a campaign opening, a deadline, a staff member's bulk reminder (催办) */
	REMINDER,
	/** the reviewers' daily digest */
	DIGEST,
	/** something about the account itself, such as a new WeChat binding */
	SECURITY;

	boolean optional() {
		return this == REMINDER;
	}

	/**
	 * Whether WeChat may carry it (and so spare the SMS). Not a security notice: a new binding's warning
	 * sent to the newly bound WeChat would reach whoever bound it, not the account's owner.
	 */
	boolean sentByWeChat() {
		return this != SECURITY;
	}
}
