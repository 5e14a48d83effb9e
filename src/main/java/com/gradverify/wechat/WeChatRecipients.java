package com.gradverify.wechat;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which accounts follow the official account, for notices sent there: their openids, in one query. */
@Service
public class WeChatRecipients {

	private final JdbcClient jdbc;

	WeChatRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The openid of each of these accounts that is bound to WeChat; unbound ones are absent. */
	@Transactional(readOnly = true)
	public Map<Long, String> openIdsOf(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select account_id, openid from wechat_binding where account_id = any(:ids)")
			.param("ids", accountIds.stream().distinct().toArray(Long[]::new))
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
