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
	 * field is 未比对, and so is any field the registry leaves blank, except the 定向或委培单位 of a
	 * graduate neither the form nor the record calls 定向 or 委培, which is 不适用 while the form leaves
	 * it blank too.
	 */
	public static Comparison of(VerificationForm form, RegistryEntry entry) {
		var result = new EnumMap<KeyField, FieldComparison>(KeyField.class);
		for (KeyField field : KeyField.values()) {
			String registryValue = entry == null ? null : field.valueIn(entry);
			ComparisonStatus status;
			if (registryValue == null && field == KeyField.SPONSOR_UNIT && entry != null && notSponsored(form, entry)) {
				status = ComparisonStatus.NOT_APPLICABLE;
			}
			else if (registryValue == null) {
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

	/** Neither side says 定向 (2) or 委培 (4), and the form names no unit. */
	private static boolean notSponsored(VerificationForm form, RegistryEntry entry) {
		return KeyField.SPONSOR_UNIT.valueIn(form) == null && !sponsored(KeyField.TRAINING_MODE.valueIn(form))
				&& !sponsored(KeyField.TRAINING_MODE.valueIn(entry));
	}

	/** 定向 (2) and 委培 (4) graduates have a sponsoring unit. */
	static boolean sponsored(String trainingMode) {
		return "2".equals(trainingMode) || "4".equals(trainingMode);
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
