package com.gradverify.notification;

/** A way to reach a recipient besides the notification centre, which every notice appears in. */
public enum Channel {
	WECHAT, SMS, EMAIL
}
