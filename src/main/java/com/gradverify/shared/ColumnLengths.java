package com.gradverify.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.gradverify.shared.RuleViolationException.Violation;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The longest text each column of a table holds, as the migrations declared it, so that a form
 * refuses a value too long to store at its own field ({@code input.tooLong}, a 400) instead of
 * the database refusing the whole save. A form's text property {@code homeAddressDetail} is
 * checked against the column {@code home_address_detail} of the table it is stored in.
 */
@Component
public class ColumnLengths {

	private final JdbcClient jdbc;

	private final Map<String, Map<String, Integer>> byTable = new ConcurrentHashMap<>();

	ColumnLengths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One violation per text property of {@code form} longer than its column of {@code table}. */
	public List<Violation> tooLong(String table, Object form) {
		Map<String, Integer> limits = byTable.computeIfAbsent(table, this::limits);
		BeanWrapper bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
		List<Violation> violations = new ArrayList<>();
		for (var property : bean.getPropertyDescriptors()) {
			if (property.getPropertyType() != String.class || property.getReadMethod() == null) {
				continue;
			}
			Integer limit = limits.get(column(property.getName()));
			Object value = bean.getPropertyValue(property.getName());
			if (limit != null && value instanceof String text && text.codePointCount(0, text.length()) > limit) {
				violations.add(new Violation(property.getName(), "input.tooLong", limit));
			}
		}
		return violations;
	}

	private Map<String, Integer> limits(String table) {
		Map<String, Integer> limits = new ConcurrentHashMap<>();
		jdbc.sql("""
				select column_name, character_maximum_length from information_schema.columns
				where table_schema = current_schema() and table_name = :table and character_maximum_length is not null""")
			.param("table", table)
			.query((rs, n) -> limits.put(rs.getString(1), rs.getInt(2)))
			.list();
		return limits;
	}

	private static String column(String property) {
		return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}
}
