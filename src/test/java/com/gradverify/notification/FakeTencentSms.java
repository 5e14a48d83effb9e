package com.gradverify.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Tencent Cloud SMS's {@code SendSms} as a real HTTP server on a free loopback port: it checks each
 * request's TC3 signature against the test secret key (a wrong one answers
 * {@code AuthFailure.SignatureFailure}, as Tencent does), answers what a test scripts next (rate
 * limits, daily limits, outages) and otherwise {@code Ok}, and keeps what it accepted.
 */
final class FakeTencentSms implements AutoCloseable {

	static final String SECRET_KEY = "test-sms-secret-not-logged";

	private static FakeTencentSms shared;

	private final HttpServer server;

	private final Deque<Answer> next = new ConcurrentLinkedDeque<>();

	private final List<Request> accepted = new CopyOnWriteArrayList<>();

	private FakeTencentSms() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newCachedThreadPool());
		server.start();
	}

	static synchronized FakeTencentSms shared() {
		if (shared == null) {
			shared = new FakeTencentSms();
		}
		return shared;
	}

	static FakeTencentSms start() {
		return new FakeTencentSms();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** The next sends answer {@code Code} (200 with that status code), or HTTP {@code status} when it is not 200. */
	void answerNext(int status, String code, int times) {
		for (int i = 0; i < times; i++) {
			next.add(new Answer(status, code));
		}
	}

	List<Request> accepted() {
		return accepted;
	}

	void reset() {
		next.clear();
		accepted.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> headers = Map.of("authorization", header(exchange, "Authorization"), "action",
				header(exchange, "X-TC-Action"), "version", header(exchange, "X-TC-Version"), "timestamp",
				header(exchange, "X-TC-Timestamp"), "host", header(exchange, "Host"));
		String expected = TencentCloudSms.authorization("AKIDtest", SECRET_KEY, headers.get("host"), body,
				Long.parseLong(headers.get("timestamp")));
		if (!expected.equals(headers.get("authorization"))) {
			respond(exchange, 200, error("AuthFailure.SignatureFailure"));
			return;
		}
		Answer answer = next.poll();
		if (answer != null && answer.status() != 200) {
			respond(exchange, answer.status(), "busy");
			return;
		}
		if (answer != null) {
			respond(exchange, 200, answer.code().startsWith("LimitExceeded.Phone") || answer.code().startsWith("Invalid")
					? status(answer.code()) : error(answer.code()));
			return;
		}
		accepted.add(new Request(headers, body));
		respond(exchange, 200, status("Ok"));
	}

	private static String header(HttpExchange exchange, String name) {
		String value = exchange.getRequestHeaders().getFirst(name);
		return value == null ? "" : value;
	}

	private static String error(String code) {
		return "{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"fake\"},\"RequestId\":\"req-1\"}}";
	}

	private static String status(String code) {
		return "{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"s-1\",\"Fee\":1,\"Code\":\"" + code
				+ "\",\"Message\":\"fake\"}],\"RequestId\":\"req-2\"}}";
	}

	private static void respond(HttpExchange exchange, int status, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	record Request(Map<String, String> headers, String body) {
	}

	private record Answer(int status, String code) {
	}
}
