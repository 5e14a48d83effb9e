package com.gradverify.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.gradverify.account.StudentAccounts.StudentAccountSpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Accounts for the tests, each with a fresh username so that tests sharing the one database do not
 * see each other's rows. MockMvc is built from the shared context (no extra test configuration,
 * so Spring keeps caching one context).
 */
final class AccountFixtures {

	static final String STAFF_PASSWORD = "Secret2026ok";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final int RUN = ThreadLocalRandom.current().nextInt(10_000, 99_999);

	private AccountFixtures() {
	}

	static MockMvc mockMvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	static String uniqueName(String prefix) {
		return prefix + RUN + "_" + SEQUENCE.incrementAndGet();
	}

	/** An IPv4 address no other test of this run uses. */
	static String uniqueAddress() {
		int n = SEQUENCE.incrementAndGet();
		return "10." + (RUN % 256) + "." + (n / 256 % 256) + "." + (n % 256);
	}

	/** A request from this client address, as the servlet container would give it. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String uniqueStudentNo() {
		return "S" + RUN + String.format("%07d", SEQUENCE.incrementAndGet());
	}

	/** A valid 18-character 身份证号 (GB 11643 check digit) whose sequence part is {@code serial}. */
	static String idCard(int serial) {
		String body = "430602" + "20030615" + String.format("%03d", serial % 1000);
		return body + com.gradverify.shared.IdCardNumber.checkCharacter(body);
	}

	static String college(JdbcClient jdbc) {
		String name = uniqueName("测试学院");
		jdbc.sql("insert into college (name) values (:name)").param("name", name).update();
		return name;
	}

	/** A student with the default password; returns the username. */
	static String student(StudentAccounts students, String idCard) {
		String studentNo = uniqueStudentNo();
		students.provision(List.of(new StudentAccountSpec(studentNo, "张三", idCard, null, 2026)));
		return studentNo;
	}

	static String staff(StaffAccounts staff, Role role, String college, boolean mustChange) {
		String username = uniqueName(role.name().toLowerCase().replace("_", ""));
		staff.createIfAbsent(username, "测试" + role.name(), role, college, STAFF_PASSWORD, mustChange);
		return username;
	}

	static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
		var result = mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andReturn();
		if (!"/".equals(result.getResponse().getRedirectedUrl())) {
			throw new AssertionError("login failed for " + username + ": " + result.getResponse().getRedirectedUrl());
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}
}
