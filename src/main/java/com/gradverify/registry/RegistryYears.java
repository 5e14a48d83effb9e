package com.gradverify.registry;

import java.util.Set;

import com.gradverify.shared.GraduationYears;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 届 of which the registry holds records: every imported 届. Read by skipping from one 届 to the
 * next along the index that leads with it, so it costs a few index probes, not a scan of every record.
 */
@Component
class RegistryYears implements GraduationYears.Source {

	private final JdbcClient jdbc;

	RegistryYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Integer> years() {
		return Set.copyOf(jdbc.sql("""
				with recursive year as (
				  select min(graduation_year) as value from registry_record
				  union all
				  select (select min(graduation_year) from registry_record where graduation_year > year.value)
				  from year where year.value is not null)
				select value from year where value is not null""").query(Integer.class).list());
	}
}
