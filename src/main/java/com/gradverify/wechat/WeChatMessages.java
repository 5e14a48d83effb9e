package com.gradverify.wechat;

import java.util.Map;

/**
 * Template messages of the official account ({@code cgi-bin/message/template/send}) to one follower;
 * present only when the channel is enabled ({@code gradverify.wechat.enabled}).
 */
public interface WeChatMessages {

	/**
	 * Sends one message; never throws for what WeChat answers.
	 * @param link a path of this application (/verification), opened from the message in WeChat
	 * @param data the template's fields by key ({@code thing1} → text)
	 */
	Outcome send(String openid, String templateId, String link, Map<String, String> data);

	/** How a send went; {@code detail} (an errcode and errmsg, never a token) is for the delivery log. */
	record Outcome(Result result, String detail) {
	}

	enum Result {
		SENT,
		/** WeChat asks to slow down (45011 minute quota, 43108, 43117 frequency limits): try again later */
		RATE_LIMITED,
		/** 45009: the account's daily quota of this API is used up: try again tomorrow */
		DAILY_QUOTA_REACHED,
		/** no answer, an error status, or "system busy" (-1): try again later */
		UNAVAILABLE,
		/** this message can never be delivered (not a follower 43004, unknown openid 40003, refused 43101, bad template) */
		REFUSED
	}
}
