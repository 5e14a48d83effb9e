package com.gradverify.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.support.Graduates;
import com.gradverify.support.IntegrationTest;
import com.gradverify.verification.BindingService;
import com.gradverify.verification.VerificationService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Migration V52 moves the WeChat channel's notices into the notification centre: run here again on
 * the old table as V10 and V14 left it, with notices of both kinds, in a transaction rolled back after.
 */
@IntegrationTest
class WeChatNoticeMigrationIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	BindingService binding;

	@Autowired
	VerificationService verification;

	@Test
	void decisionAndBindingNoticesBecomeNoticesReadWhereTheyWereDismissed() throws IOException {
		var graduates = new Graduates(jdbc, binding, verification);
		long account = graduates.graduate(graduates.college()).account().id();
		String migration = new ClassPathResource("db/migration/V52__notification_from_wechat_notices.sql")
			.getContentAsString(StandardCharsets.UTF_8);

		transactions.executeWithoutResult(tx -> {
			jdbc.sql("""
					create table wechat_notice (
					    id bigint generated always as identity primary key, account_id bigint not null,
					    application_id bigint, status varchar(24) not null, created_at timestamptz not null default now(),
					    dismissed_at timestamptz)""").update();
			jdbc.sql("""
					insert into wechat_notice (account_id, application_id, status, created_at, dismissed_at) values
					(:a, 5, 'REJECTED', now() - interval '2 days', now() - interval '1 day'),
					(:a, null, 'WECHAT_BOUND', timestamptz '2026-11-30 02:05:00+00', null)""").param("a", account).update();
			jdbc.sql(migration).update();

			List<String> moved = jdbc.sql("""
					select topic || ' ' || message_code || ' ' || array_to_string(arguments, ',') || ' ' || link || ' '
					       || (read_at is not null) from notification where account_id = :a order by created_at""")
				.param("a", account)
				.query(String.class)
				.list();
			assertThat(moved).containsExactly("SECURITY notification.wechatBound 2026-11-30 10:05 /account/wechat false",
					"DECISION notification.decision.VERIFICATION.REJECTED  /verification true");
			assertThat(jdbc.sql("select to_regclass('wechat_notice') is null").query(Boolean.class).single()).isTrue();
			tx.setRollbackOnly();
		});
	}
}
