package com.gradverify.verification;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values of a draft that could not be read as their type (a date, the 学制, a yes/no), as the
 * student typed them, keyed by form property: kept until corrected, so 保存 never loses typing.
 */
final class DraftText {

	private DraftText() {
	}

	/** The map as a jsonb column. */
	static class Json implements AttributeConverter<Map<String, String>, String> {

		private static final TypeReference<LinkedHashMap<String, String>> TYPE = new TypeReference<>() {
		};

		@Override
		public String convertToDatabaseColumn(Map<String, String> values) {
			return JsonMapper.shared().writeValueAsString(values == null ? Map.of() : values);
		}

		@Override
		public Map<String, String> convertToEntityAttribute(String json) {
			return json == null ? new LinkedHashMap<>() : JsonMapper.shared().readValue(json, TYPE);
		}
	}
}
