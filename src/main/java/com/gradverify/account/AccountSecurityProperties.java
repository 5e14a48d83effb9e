package com.gradverify.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling and API token lifetime ({@code gradverify.security.*}).
 *
 * @param maxFailures consecutive failed logins that lock a username (with or without an account)
 * at the client address they came from
 * @param lockDuration how long such a lock lasts, and an address's lock too
 * @param tokenLifetime how long an API bearer token stays valid
 * @param failureMemory how long a username's failures count when no new one follows; after that
 * they are forgotten, which keeps the throttle table to the usernames that failed recently
 * @param maxAddressFailures failed logins from one client address, for any usernames, that lock
 * every username at that address: what stops one address from trying a default password on many
 * usernames. Raise it when many users share one address (a campus network behind one NAT address)
 * @param addressFailureMemory how long an address's failures count when no new one follows
 */
@ConfigurationProperties("gradverify.security")
record AccountSecurityProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("12h") Duration tokenLifetime, @DefaultValue("24h") Duration failureMemory,
		@DefaultValue("30") int maxAddressFailures, @DefaultValue("1h") Duration addressFailureMemory) {
}
