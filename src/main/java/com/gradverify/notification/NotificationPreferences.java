package com.gradverify.notification;

/**
 * What a student turned off: reminders entirely, or reminders on one channel. Decision notices and
 * notices about the account's security go out whatever is set here, and every notice stays in the
 * notification centre.
 */
public record NotificationPreferences(boolean remindersOff, boolean wechatOff, boolean smsOff, boolean emailOff) {

	static final NotificationPreferences DEFAULT = new NotificationPreferences(false, false, false, false);

	boolean allows(Topic topic, Channel channel) {
		if (!topic.optional()) {
			return true;
		}
		return !remindersOff && switch (channel) {
			case WECHAT -> !wechatOff;
			case SMS -> !smsOff;
			case EMAIL -> !emailOff;
		};
	}
}
