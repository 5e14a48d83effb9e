package com.gradverify.audit;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditTrail implements AuditTrail {

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcAuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String subjectType, String subjectId, Map<String, ?> details) {
		jdbc.sql("""
				insert into audit_event (actor, action, subject_type, subject_id, details)
				values (:actor, :action, :subjectType, :subjectId, cast(:details as jsonb))""")
			.param("actor", actor)
			.param("action", action)
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("details", json.writeValueAsString(details))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> of(String subjectType, String subjectId) {
		return jdbc.sql("""
				select occurred_at, actor, action, details::text as details from audit_event
				where subject_type = :type and subject_id = :id order by occurred_at, id""")
			.param("type", subjectType)
			.param("id", subjectId)
			.query((rs, n) -> new AuditEntry(rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
					rs.getString("actor"), rs.getString("action"), json.readValue(rs.getString("details"), DETAILS)))
			.list();
	}
}
