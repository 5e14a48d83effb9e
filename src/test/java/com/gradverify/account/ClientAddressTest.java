package com.gradverify.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.ForwardedHeaderFilter;

class ClientAddressTest {

	@Test
	void keepsAnIpv4AddressAsItIs() {
		assertThat(ClientAddress.key("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
	}

	@Test
	void countsIpv6AddressesByTheirSlash64Network() {
		assertThat(ClientAddress.key("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64")
			.isEqualTo(ClientAddress.key("2001:DB8:1:2::1"))
			.isNotEqualTo(ClientAddress.key("2001:db8:1:3::1"));
		assertThat(ClientAddress.key("fe80::1%eth0")).isEqualTo("fe80:0:0:0:0:0:0:0/64");
	}

	@Test
	void keepsWhatIsNoAddressAsWrittenWithoutLookingItUp() {
		// what a proxy may put into Forwarded: for=… (RFC 7239), and text no resolver may see
		assertThat(ClientAddress.key("_hidden")).isEqualTo("_hidden");
		assertThat(ClientAddress.key("unknown")).isEqualTo("unknown");
		assertThat(ClientAddress.key("db:example")).isEqualTo("db:example");
		assertThat(ClientAddress.key("1:2")).isEqualTo("1:2");
		assertThat(ClientAddress.key("a".repeat(100))).hasSize(ClientAddress.MAX_LENGTH);
	}

	@Test
	void xForwardedForCountsOnlyOnceADeclaredProxyStrategyHasPutItIntoTheRemoteAddress() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr("127.0.0.1");
		request.addHeader("X-Forwarded-For", "203.0.113.7");

		// no server.forward-headers-strategy: the peer's address, whatever the header says
		assertThat(ClientAddress.key(request.getRemoteAddr())).isEqualTo("127.0.0.1");

		// strategy "framework" puts this filter in front of everything
		AtomicReference<String> seen = new AtomicReference<>();
		new ForwardedHeaderFilter().doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest forwarded,
							jakarta.servlet.http.HttpServletResponse response) {
						seen.set(ClientAddress.key(forwarded.getRemoteAddr()));
					}
				}));
		assertThat(seen).hasValue("203.0.113.7");
	}
}
