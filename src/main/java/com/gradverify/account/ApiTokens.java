package com.gradverify.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API: 32 random bytes, base64url. Only their SHA-256 is stored, so a
 * leaked database does not hand out valid tokens.
 */
@Service
class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final AccountSecurityProperties properties;

	ApiTokens(JdbcClient jdbc, AccountRepository accounts, AccountSecurityProperties properties) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Transactional
	IssuedToken issue(long accountId) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		// the account's expired tokens are of no use to anyone: drop them while we are here
		jdbc.sql("delete from api_token where account_id = :id and expires_at <= now()").param("id", accountId).update();
		OffsetDateTime expiresAt = jdbc.sql("""
				insert into api_token (token_hash, account_id, expires_at)
				values (:hash, :id, now() + make_interval(secs => :secs)) returning expires_at""")
			.param("hash", sha256(token))
			.param("id", accountId)
			.param("secs", (double) properties.tokenLifetime().toSeconds())
			.query(OffsetDateTime.class)
			.single();
		return new IssuedToken(token, expiresAt.toInstant());
	}

	/** A valid, unexpired token of an enabled account, with the account's principal. */
	Optional<ValidToken> resolve(String token) {
		return jdbc.sql("select id, account_id from api_token where token_hash = :hash and expires_at > now()")
			.param("hash", sha256(token))
			.query((rs, row) -> new long[] { rs.getLong("id"), rs.getLong("account_id") })
			.optional()
			.flatMap(found -> accounts.findById(found[1])
				.filter(StoredAccount::enabled)
				.map(account -> new ValidToken(found[0], account.principal())));
	}

	void revokeAll(long accountId) {
		jdbc.sql("delete from api_token where account_id = :id").param("id", accountId).update();
	}

	/** Revokes the account's tokens but the one that is making the current request. */
	void revokeAllExcept(long accountId, long keptTokenId) {
		jdbc.sql("delete from api_token where account_id = :id and id <> :kept")
			.param("id", accountId)
			.param("kept", keptTokenId)
			.update();
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	record IssuedToken(String token, Instant expiresAt) {
	}

	/** A token that authenticates: its row id, and the principal of its account. */
	record ValidToken(long id, AccountPrincipal principal) {
	}
}
