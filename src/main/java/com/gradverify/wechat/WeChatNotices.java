package com.gradverify.wechat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.gradverify.account.CurrentAccount;
import com.gradverify.account.Role;
import com.gradverify.review.ReviewState;
import com.gradverify.review.ReviewStateChanged;
import com.gradverify.shared.web.LayoutPart;
import com.gradverify.verification.VerificationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Notices for students who use the WeChat channel: a review decision on their 实名认证 (学院通过,
 * 学校通过, 驳回) and each new WeChat binding of their account (so that the owner notices one they
 * did not make) are shown at the top of their pages until they dismiss them: a part of the layout,
 * {@code ${layout.get('wechatNotices')}}, read with the layout's other parts in one transaction.
 */
@Component
public class WeChatNotices implements LayoutPart<List<WeChatNotices.Notice>> {

	/** The statuses only a reviewer's decision leads to. */
	private static final Set<ReviewState> DECISIONS = EnumSet.of(ReviewState.COLLEGE_APPROVED,
			ReviewState.APPROVED, ReviewState.REJECTED);

	static final String BOUND = "WECHAT_BOUND";

	private final JdbcClient jdbc;

	WeChatNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** After the decision committed, in a transaction of its own: a notice never undoes a decision. */
	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ReviewStateChanged event) {
		if (!VerificationKind.NAME.equals(event.kind()) || !DECISIONS.contains(event.to()) || event.itemId() == null) {
			return;
		}
		jdbc.sql("""
				insert into wechat_notice (account_id, application_id, status)
				select account_id, :application, :status from wechat_binding where account_id = :account""")
			.param("application", event.itemId())
			.param("status", event.to().name())
			.param("account", event.accountId())
			.update();
	}

	/** Within the binding's transaction: no binding without its notice. */
	void bound(long accountId) {
		jdbc.sql("insert into wechat_notice (account_id, status) values (:account, :status)")
			.param("account", accountId)
			.param("status", BOUND)
			.update();
	}

	@Override
	public String name() {
		return "wechatNotices";
	}

	/** Students only; staff pages read nothing for it. */
	@Override
	public boolean shown() {
		return CurrentAccount.get().filter(account -> account.is(Role.STUDENT)).isPresent();
	}

	/** The signed-in student's undismissed notices, newest first. */
	@Override
	public List<Notice> read() {
		return CurrentAccount.get()
			.filter(account -> account.is(Role.STUDENT))
			.map(account -> jdbc.sql("""
					select id, status, created_at from wechat_notice
					where account_id = :account and dismissed_at is null order by created_at desc, id desc""")
				.param("account", account.id())
				.query((rs, row) -> new Notice(rs.getLong("id"), rs.getString("status"),
						rs.getTimestamp("created_at").toInstant()))
				.list())
			.orElse(List.of());
	}

	@Override
	public List<Notice> hidden() {
		return List.of();
	}

	@Transactional
	boolean dismiss(long accountId, long noticeId) {
		return jdbc.sql("""
				update wechat_notice set dismissed_at = now()
				where id = :id and account_id = :account and dismissed_at is null""")
			.param("id", noticeId)
			.param("account", accountId)
			.update() == 1;
	}

	/**
	 * One notice; {@code status} names its message ({@code wechat.notice.<status>}): a review
	 * decision's, or {@value #BOUND} for a new WeChat binding.
	 */
	public record Notice(long id, String status, Instant createdAt) {

		public boolean aboutBinding() {
			return BOUND.equals(status);
		}
	}
}
