package com.gradverify.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling and API token lifetime ({@code gradverify.security.*}).
 *
 * @param maxFailures consecutive failed logins that lock a username (with or without an account)
 * @param lockDuration how long such a lock lasts
 * @param tokenLifetime how long an API bearer token stays valid
 * @param failureMemory how long a username's failures count when no new one follows; after that
 * they are forgotten, which keeps the throttle table to the usernames that failed recently
 */
@ConfigurationProperties("gradverify.security")
record AccountSecurityProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("12h") Duration tokenLifetime, @DefaultValue("24h") Duration failureMemory) {
}
