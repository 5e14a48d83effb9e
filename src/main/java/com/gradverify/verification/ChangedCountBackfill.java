package com.gradverify.verification;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.gradverify.registry.RegistryEntry;
import com.gradverify.registry.RegistryRecords;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the 已修改 fields of the applications that existed before migration V23 added the count,
 * at the first start after it, since that needs the registry's records through the registry's API.
 * It writes only the count (not the version, so no reviewer's page goes stale) and only where it is
 * still missing, so nodes starting together write the same values and a later start finds nothing.
 */
@Component
class ChangedCountBackfill {

	private static final Logger log = LoggerFactory.getLogger(ChangedCountBackfill.class);

	private static final int BATCH = 500;

	private final VerificationApplications applications;

	private final RegistryRecords registry;

	private final JdbcClient jdbc;

	ChangedCountBackfill(VerificationApplications applications, RegistryRecords registry,
			JdbcClient jdbc) {
		this.applications = applications;
		this.registry = registry;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void countMissing() {
		List<Long> ids = jdbc.sql("select id from verification_application where changed_count is null order by id")
			.query(Long.class)
			.list();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<VerificationApplication> batch = applications.findAllById(ids.subList(from, Math.min(ids.size(), from + BATCH)));
			Map<Long, RegistryEntry> records = registry
				.findAll(batch.stream().map(VerificationApplication::getRegistryRecordId).filter(Objects::nonNull).toList())
				.stream()
				.collect(Collectors.toMap(RegistryEntry::id, Function.identity()));
			for (VerificationApplication application : batch) {
				RegistryEntry entry = application.isBound() ? records.get(application.getRegistryRecordId()) : null;
				jdbc.sql("update verification_application set changed_count = :count where id = :id and changed_count is null")
					.param("count", RegistryChanges.of(application.getForm(), entry).count())
					.param("id", application.getId())
					.update();
			}
		}
		if (!ids.isEmpty()) {
			log.info("Counted the 已修改 fields of {} application(s)", ids.size());
		}
	}
}
