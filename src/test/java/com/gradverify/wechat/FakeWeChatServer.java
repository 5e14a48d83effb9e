package com.gradverify.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * WeChat's code exchange ({@code /sns/oauth2/access_token}) as a real HTTP server on a free
 * loopback port. A test scripts what each code answers; unknown codes get 40029 like WeChat. One
 * server per JVM ({@link #shared()}) is what the test profile's configuration points at.
 */
final class FakeWeChatServer implements AutoCloseable {

	private static FakeWeChatServer shared;

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	private FakeWeChatServer() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/sns/oauth2/access_token", this::exchange);
		server.setExecutor(Executors.newCachedThreadPool());
		server.start();
	}

	static FakeWeChatServer start() {
		return new FakeWeChatServer();
	}

	static synchronized FakeWeChatServer shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	URI baseUrl() {
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
