package com.gradverify.notification;

import com.gradverify.account.CurrentAccount;
import com.gradverify.shared.web.LayoutPart;

import org.springframework.stereotype.Component;

/**
 * The layout's bell ({@code ${layout.get('unreadNotifications')}}): the signed-in account's unread
 * notices, one count on the partial index of unread notices, read with the layout's other parts.
 */
@Component
class NotificationBell implements LayoutPart<Long> {

	private final NotificationCentre centre;

	NotificationBell(NotificationCentre centre) {
		this.centre = centre;
	}

	@Override
	public String name() {
		return "unreadNotifications";
	}

	/** Students and staff alike: decisions, reminders, the reviewers' digest. */
	@Override
	public boolean shown() {
		return CurrentAccount.get().isPresent();
	}

	@Override
	public Long read() {
		return CurrentAccount.get().map(account -> centre.unread(account.id())).orElse(0L);
	}

	@Override
	public Long hidden() {
		return 0L;
	}
}
