package com.gradverify.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The key under which the {@link LoginThrottle} counts a client's attempts, from
 * {@code request.getRemoteAddr()}. That is the address of the TCP peer, unless the deployment
 * declares a proxy in front ({@code server.forward-headers-strategy}), in which case the servlet
 * container or Spring's {@code ForwardedHeaderFilter} has already put the client's address from
 * {@code X-Forwarded-For} there. The header is never read here: without a proxy that sets it,
 * anybody can write anything into it.
 * <p>
 * An IPv6 client usually has a whole /64 network to itself and can pick a new address in it for
 * every request, so IPv6 addresses count by their /64 network.
 */
final class ClientAddress {

	/** Longer values cannot be an address; cutting them keeps the throttle's rows small. */
	static final int MAX_LENGTH = 64;

	/**
	 * What may be an IPv6 literal. Only such text reaches InetAddress, which parses it without any
	 * name lookup since it starts with a hex digit or a colon and contains a colon.
	 */
	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");

	private static final int IPV6_NETWORK_BYTES = 8;

	private ClientAddress() {
	}

	static String key(String remoteAddress) {
		String address = remoteAddress == null ? "" : remoteAddress.strip();
		String withoutZone = address.indexOf('%') < 0 ? address : address.substring(0, address.indexOf('%'));
		if (withoutZone.indexOf(':') >= 0 && IPV6_LITERAL.matcher(withoutZone).matches()) {
			address = ipv6Network(withoutZone);
		}
		return address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH);
	}

	private static String ipv6Network(String literal) {
		try {
			InetAddress parsed = InetAddress.getByName(literal);
			if (!(parsed instanceof Inet6Address)) {
				return parsed.getHostAddress(); // an IPv4-mapped address counts as the IPv4 address
			}
			byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
			Arrays.fill(network, IPV6_NETWORK_BYTES, network.length, (byte) 0);
			return InetAddress.getByAddress(network).getHostAddress() + "/64";
		}
		catch (UnknownHostException ex) {
			return literal; // not a valid literal: count it as written, like any other odd value
		}
	}
}
