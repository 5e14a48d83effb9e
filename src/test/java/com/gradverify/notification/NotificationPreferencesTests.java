package com.gradverify.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotificationPreferencesTests {

	@Test
	void remindersCanBeTurnedOffEntirelyOrPerChannel() {
		var smsOff = new NotificationPreferences(false, false, true, false);
		var allOff = new NotificationPreferences(true, false, false, false);

		assertThat(smsOff.allows(Topic.REMINDER, Channel.SMS)).isFalse();
		assertThat(smsOff.allows(Topic.REMINDER, Channel.WECHAT)).isTrue();
		for (Channel channel : Channel.values()) {
			assertThat(allOff.allows(Topic.REMINDER, channel)).isFalse();
		}
	}

	@Test
	void decisionAndSecurityNoticesCannotBeTurnedOff() {
		var everythingOff = new NotificationPreferences(true, true, true, true);

		for (Channel channel : Channel.values()) {
			assertThat(everythingOff.allows(Topic.DECISION, channel)).isTrue();
			assertThat(everythingOff.allows(Topic.SECURITY, channel)).isTrue();
		}
	}

	@Test
	void anApiClientMaySendOnlyWhatItChanges() {
		var change = tools.jackson.databind.json.JsonMapper.shared()
			.readValue("{\"smsOff\":true}", NotificationApiController.PreferencesChange.class);

		assertThat(change.applyTo(new NotificationPreferences(false, true, false, false)))
			.isEqualTo(new NotificationPreferences(false, true, true, false));
	}
}
