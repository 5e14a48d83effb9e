package com.gradverify.verification;

import java.util.List;
import java.util.Map;
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
 * Finds the applications bound to a registry record of another 学号, the bindings made with
 * someone else's 姓名 and 身份证号 before binding was tied to the account. Migration V13 schedules
 * it; it runs once, at the first start after, since it needs the registry's 学号 through the
 * registry's API. Several nodes starting at once run it once: the first to mark it done wins.
 */
@Component
class SuspectBindingScan {

	private static final Logger log = LoggerFactory.getLogger(SuspectBindingScan.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final RegistryRecords registry;

	private final SuspectBindings suspects;

	SuspectBindingScan(JdbcClient jdbc, RegistryRecords registry, SuspectBindings suspects) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.suspects = suspects;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	void runOnceAfterMigration() {
		if (jdbc.sql("update suspect_binding_scan set completed_at = now() where completed_at is null").update() == 0) {
			return;
		}
		int found = detect();
		if (found > 0) {
			log.warn("Found {} application(s) bound to another graduate's registry record; see /admin/bindings", found);
		}
	}

	/** Reports every application bound to a record of another 学号; returns how many it found. */
	@Transactional
	int detect() {
		List<Bound> bound = jdbc.sql("""
				select id, registry_record_id, student_no from verification_application
				where registry_record_id is not null order by id""")
			.query(Bound.class)
			.list();
		int found = 0;
		for (int from = 0; from < bound.size(); from += BATCH) {
			List<Bound> batch = bound.subList(from, Math.min(bound.size(), from + BATCH));
			Map<Long, RegistryEntry> records = registry.findAll(batch.stream().map(Bound::registryRecordId).toList())
				.stream()
				.collect(Collectors.toMap(RegistryEntry::id, Function.identity()));
			for (Bound application : batch) {
				RegistryEntry record = records.get(application.registryRecordId());
				if (record != null && !record.studentNo().equals(application.studentNo())) {
					suspects.report(application.id(), record);
					found++;
				}
			}
		}
		return found;
	}

	private record Bound(long id, long registryRecordId, String studentNo) {
	}
}
