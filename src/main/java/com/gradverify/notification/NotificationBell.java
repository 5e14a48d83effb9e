package com.gradverify.notification;

import com.gradverify.account.CurrentAccount;

import org.springframework.stereotype.Component;

/**
 * The layout's bell ({@code @notificationBell.unread()}): the signed-in account's unread notices, one
 * indexed count without a transaction of its own; zero for anonymous pages.
 */
@Component("notificationBell")
public class NotificationBell {

	private final NotificationCentre centre;

	NotificationBell(NotificationCentre centre) {
		this.centre = centre;
	}

	public long unread() {
		return CurrentAccount.get().map(account -> centre.unread(account.id())).orElse(0L);
	}
}
