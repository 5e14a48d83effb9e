package com.gradverify.registry;

import java.util.Map;
import java.util.stream.Collectors;

import com.gradverify.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcRegistryCorrections implements RegistryCorrections {

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	JdbcRegistryCorrections(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void correct(long recordId, Map<CorrectableField, String> newValues, long amendmentId) {
		if (newValues.isEmpty()) {
			return;
		}
		var params = new MapSqlParameterSource("id", recordId).addValue("amendment", amendmentId);
		newValues.forEach((field, value) -> params.addValue(field.name(), value));
		String oldValues = newValues.keySet()
			.stream()
			.map(f -> "'" + f.column() + "', " + f.column())
			.collect(Collectors.joining(", ", "jsonb_build_object(", ")"));
		int history = jdbc.update("""
				insert into registry_record_history (record_id, amendment_id, old_values)
				select id, :amendment, %s from registry_record where id = :id""".formatted(oldValues), params);
		if (history == 0) {
			throw new NotFoundException("registry.record.notFound");
		}
		String assignments = newValues.keySet()
			.stream()
			.map(f -> f.column() + " = cast(:" + f.name() + " as " + f.sqlType() + ")")
			.collect(Collectors.joining(", "));
		jdbc.update("update registry_record set " + assignments + ", updated_at = now() where id = :id", params);
		events.publishEvent(new RegistryRecordCorrected(recordId, amendmentId));
	}
}
