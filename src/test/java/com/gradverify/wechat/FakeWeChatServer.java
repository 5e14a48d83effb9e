package com.gradverify.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * WeChat's code exchange ({@code /sns/oauth2/access_token}), access token ({@code /cgi-bin/token}) and
 * template messages ({@code /cgi-bin/message/template/send}) as a real HTTP server on a free loopback
 * port. A test scripts what each code answers (unknown codes get 40029 like WeChat) and what the next
 * template sends answer (rate limits, outages); tokens are issued as WeChat does, each retiring the one
 * before. One server per JVM ({@link #shared()}) is what the test profile's configuration points at.
 */
public final class FakeWeChatServer implements AutoCloseable {

	private static FakeWeChatServer shared;

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger tokensIssued = new AtomicInteger();

	private volatile String validToken = "";

	private final Deque<Answer> sendAnswers = new ConcurrentLinkedDeque<>();

	private final List<String> delivered = new CopyOnWriteArrayList<>();

	private FakeWeChatServer() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/sns/oauth2/access_token", this::exchange);
		server.createContext("/cgi-bin/token", this::token);
		server.createContext("/cgi-bin/message/template/send", this::templateSend);
		server.setExecutor(Executors.newCachedThreadPool());
		server.start();
	}

	public static FakeWeChatServer start() {
		return new FakeWeChatServer();
	}

	public static synchronized FakeWeChatServer shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	/** The code is good once and answers {@code openid}; a second use answers 40163 like WeChat. */
	void issue(String code, String openid) {
		answers.put(code, new Answer(200, "{\"access_token\":\"at-" + code + "\",\"expires_in\":7200,"
				+ "\"refresh_token\":\"rt\",\"openid\":\"" + openid + "\",\"scope\":\"snsapi_base\"}", Duration.ZERO));
	}

	void answer(String code, int status, String body) {
		answers.put(code, new Answer(status, body, Duration.ZERO));
	}

	void answerSlowly(String code, Duration delay) {
		answers.put(code, new Answer(200, "{\"openid\":\"too-late\"}", delay));
	}

	/**
	 * The next template sends answer these bodies with HTTP 200 (e.g. {@code {"errcode":45009}}), or
	 * with {@code status} when it is not 200 (an outage); after them, sends succeed again.
	 */
	public void answerNextSends(int status, String body, int times) {
		for (int i = 0; i < times; i++) {
			sendAnswers.add(new Answer(status, body, Duration.ZERO));
		}
	}

	/** Retires the current access token, as WeChat does when another client fetched a new one. */
	public void expireToken() {
		validToken = "";
	}

	public int tokensIssued() {
		return tokensIssued.get();
	}

	/** The bodies of the template messages WeChat accepted, oldest first. */
	public List<String> delivered() {
		return delivered;
	}

	public void forgetDelivered() {
		delivered.clear();
		sendAnswers.clear();
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> query = UriComponentsBuilder.fromUri(exchange.getRequestURI())
			.build()
			.getQueryParams()
			.toSingleValueMap();
		if (!"client_credential".equals(query.get("grant_type")) || query.get("secret") == null) {
			respond(exchange, 200, "{\"errcode\":40002,\"errmsg\":\"invalid grant_type\"}");
			return;
		}
		String token = "token-" + tokensIssued.incrementAndGet();
		validToken = token;
		respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
	}

	private void templateSend(HttpExchange exchange) throws IOException {
		String token = UriComponentsBuilder.fromUri(exchange.getRequestURI())
			.build()
			.getQueryParams()
			.getFirst("access_token");
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		if (token == null || !token.equals(validToken)) {
			respond(exchange, 200, "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}");
			return;
		}
		Answer scripted = sendAnswers.poll();
		if (scripted != null) {
			respond(exchange, scripted.status(), scripted.body());
			return;
		}
		delivered.add(body);
		respond(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + delivered.size() + "}");
	}

	private static void respond(HttpExchange exchange, int status, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/plain");
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	/** The query parameters of the requests received, oldest first. */
	List<Map<String, String>> requests() {
		return requests;
	}

	private void exchange(HttpExchange exchange) throws IOException {
		Map<String, String> query = UriComponentsBuilder.fromUri(exchange.getRequestURI())
			.build()
			.getQueryParams()
			.toSingleValueMap();
		requests.add(query);
		String code = query.getOrDefault("code", "");
		Answer answer = answers.getOrDefault(code,
				new Answer(200, "{\"errcode\":40029,\"errmsg\":\"invalid code, rid: test\"}", Duration.ZERO));
		if (answer.status() == 200 && answer.body().contains("openid")) {
			answers.put(code, new Answer(200, "{\"errcode\":40163,\"errmsg\":\"code been used, rid: test\"}",
					Duration.ZERO));
		}
		try {
			Thread.sleep(answer.delay().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		// WeChat types its JSON as text/plain
		exchange.getResponseHeaders().add("Content-Type", "text/plain");
		try {
			exchange.sendResponseHeaders(answer.status(), body.length);
			exchange.getResponseBody().write(body);
		}
		catch (IOException ignored) {
			// the client gave up waiting (timeout tests)
		}
		exchange.close();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private record Answer(int status, String body, Duration delay) {
	}
}
