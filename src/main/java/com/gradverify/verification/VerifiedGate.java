package com.gradverify.verification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "is this graduate verified (已实名认证)?": their 实名认证 application
 * has the school's final approval. 协议 and 违约 applications ask here before anything else.
 */
@Service
public class VerifiedGate {

	private final JdbcClient jdbc;

	VerifiedGate(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean isVerified(long accountId) {
		return jdbc.sql("select exists (select 1 from verification_application where account_id = :account and status = 'APPROVED')")
			.param("account", accountId)
			.query(Boolean.class)
			.single();
	}

	/** @throws VerificationRequiredException unless the account's 实名认证 is approved */
	@Transactional(readOnly = true)
	public void requireVerified(long accountId) {
		if (!isVerified(accountId)) {
			throw new VerificationRequiredException();
		}
	}
}
