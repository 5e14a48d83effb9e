package com.gradverify.wechat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The official account's access token ({@code cgi-bin/token}), kept in {@code wechat_access_token} so
 * that every node uses the same one: each call of {@code cgi-bin/token} retires the previous token, so
 * nodes fetching their own would keep invalidating each other's, and the calls count against a daily
 * quota. A node refreshes it under the row's lock, a little before it expires or when WeChat says it
 * is no longer valid; the others wait for that refresh and read the new token. Never logged.
 */
class WeChatAccessTokens {

	private static final Logger log = LoggerFactory.getLogger(WeChatAccessTokens.class);

	/** Refreshed this long before WeChat's expiry, so that no call goes out with a token about to end. */
	static final Duration MARGIN = Duration.ofMinutes(5);

	private final WeChatProperties properties;

	private final WeChatEndpoints endpoints;

	private final WeChatHttp http;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	WeChatAccessTokens(WeChatProperties properties, WeChatEndpoints endpoints, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.properties = properties;
		this.endpoints = endpoints;
		this.http = new WeChatHttp(properties);
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A token valid for at least {@link #MARGIN}, fetched only when the stored one is not. */
	String current() {
		return stored(false).orElseGet(() -> refresh(null));
	}

	/**
	 * A token other than {@code rejected}, which WeChat refused (40001, 40014, 42001): fetched anew
	 * unless another node did so meanwhile.
	 */
	String replace(String rejected) {
		return refresh(rejected);
	}

	private String refresh(String rejected) {
		return transactions.execute(tx -> {
			Optional<String> fresh = stored(true).filter(token -> !token.equals(rejected));
			if (fresh.isPresent()) {
				return fresh.get();
			}
			URI uri = URI.create(endpoints.apiBaseUrl() + "/cgi-bin/token?grant_type=client_credential&appid="
					+ HttpWeChatOAuthClient.encode(properties.appId()) + "&secret="
					+ HttpWeChatOAuthClient.encode(properties.secret()));
			JsonNode json = http.call(HttpRequest.newBuilder(uri).GET(), "access token");
			long errcode = WeChatHttp.errcode(json);
			String token = json.path("access_token").asString("");
			if (errcode != 0 || token.isBlank()) {
				log.warn("WeChat refused an access token: errcode {} ({})", errcode, WeChatHttp.errmsg(json));
				throw new WeChatException(errcode == -1 ? WeChatException.Kind.UNAVAILABLE : WeChatException.Kind.REFUSED,
						"access token refused: errcode " + errcode);
			}
			Instant expiresAt = Instant.now().plusSeconds(json.path("expires_in").asLong(7200));
			jdbc.sql("""
					insert into wechat_access_token (app_id, token, expires_at) values (:app, :token, :expires)
					on conflict (app_id) do update set token = excluded.token, expires_at = excluded.expires_at""")
				.param("app", properties.appId())
				.param("token", token)
				.param("expires", Timestamp.from(expiresAt))
				.update();
			return token;
		});
	}

	/** The stored token if it is valid for at least {@link #MARGIN}; {@code lock} holds the row for a refresh. */
	private Optional<String> stored(boolean lock) {
		// the row must exist to be locked: the first node to refresh creates it
		if (lock) {
			jdbc.sql("insert into wechat_access_token (app_id, token, expires_at) values (:app, '', 'epoch') "
					+ "on conflict do nothing").param("app", properties.appId()).update();
		}
		// locked whether or not it is still valid, so that only one node fetches a new one
		return jdbc.sql("select token, expires_at > :validUntil as valid from wechat_access_token where app_id = :app"
				+ (lock ? " for update" : ""))
			.param("app", properties.appId())
			.param("validUntil", Timestamp.from(Instant.now().plus(MARGIN)))
			.query((rs, row) -> rs.getBoolean("valid") ? Optional.of(rs.getString("token")) : Optional.<String>empty())
			.optional()
			.flatMap(token -> token);
	}
}
