package com.gradverify.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionOperations;

/**
 * The layout's per-request data, {@code ${layout}} in every template: the value of each {@link LayoutPart}
 * by name. Nothing is read until the template first asks; then every part shown is read at once, in one
 * read-only transaction, and kept for the rest of the request. The error page never asks, so it renders
 * while the database is away.
 */
public final class LayoutData {

	/** The request attribute (and so template variable) it is found under. */
	public static final String ATTRIBUTE = "layout";

	private final List<LayoutPart<?>> parts;

	private final TransactionOperations readOnly;

	private Map<String, Object> values;

	LayoutData(List<LayoutPart<?>> parts, TransactionOperations readOnly) {
		this.parts = parts;
		this.readOnly = readOnly;
	}

	/** The value of the part named {@code name}; an unknown name is a mistake in a template. */
	public Object get(String name) {
		if (values == null) {
			values = load();
		}
		if (!values.containsKey(name)) {
			throw new IllegalArgumentException("no layout part named " + name);
		}
		return values.get(name);
	}

	private Map<String, Object> load() {
		Map<String, Object> loaded = new HashMap<>();
		List<LayoutPart<?>> shown = parts.stream().filter(LayoutPart::shown).toList();
		parts.stream().filter(part -> !shown.contains(part)).forEach(part -> loaded.put(part.name(), part.hidden()));
		if (!shown.isEmpty()) {
			readOnly.executeWithoutResult(status -> shown.forEach(part -> loaded.put(part.name(), part.read())));
		}
		return loaded;
	}
}
