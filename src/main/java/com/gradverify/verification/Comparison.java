package com.gradverify.verification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import com.gradverify.registry.RegistryEntry;

/** The comparison of a form's eleven key fields with the bound registry record. */
public record Comparison(Map<KeyField, FieldComparison> fields) {

	public Comparison {
		fields = Map.copyOf(fields);
	}

	/**
	 * Compares {@code form} with {@code entry}; with no record (an unbound application) every key
	 * field is 未比对, and so is any field the registry leaves blank.
	 */
	public static Comparison of(VerificationForm form, RegistryEntry entry) {
		var result = new EnumMap<KeyField, FieldComparison>(KeyField.class);
		for (KeyField field : KeyField.values()) {
			String registryValue = entry == null ? null : field.valueIn(entry);
			ComparisonStatus status;
			if (registryValue == null) {
				status = ComparisonStatus.NOT_COMPARED;
			}
			else if (Objects.equals(registryValue, field.valueIn(form))) {
				status = ComparisonStatus.MATCH;
			}
			else {
				status = ComparisonStatus.MISMATCH;
			}
			result.put(field, new FieldComparison(field, status, registryValue));
		}
		return new Comparison(result);
	}

	public FieldComparison of(KeyField field) {
		return fields.get(field);
	}

	public int count(ComparisonStatus status) {
		return (int) fields.values().stream().filter(f -> f.status() == status).count();
	}

	/** Keyed by form property, the shape pages and the API use. */
	public Map<String, FieldComparison> byProperty() {
		var map = new java.util.LinkedHashMap<String, FieldComparison>();
		for (KeyField field : KeyField.values()) {
			map.put(field.property(), fields.get(field));
		}
		return map;
	}
}
