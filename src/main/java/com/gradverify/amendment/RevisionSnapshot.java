package com.gradverify.amendment;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.databind.json.JsonMapper;

import com.gradverify.verification.KeyField;

/** What a rejected version claimed, kept as JSON in {@code amendment_revision.snapshot}. */
record RevisionSnapshot(List<Field> fields) {

	static RevisionSnapshot of(List<AmendmentField> fields) {
		return new RevisionSnapshot(fields.stream()
			.map(f -> new Field(f.getField(), f.getRegistryValue(), f.getClaimedValue(), List.copyOf(f.getEvidenceIds()),
					f.getOutcome(), f.getOutcomeReason()))
			.toList());
	}

	/** One field as it was decided; {@code outcome} and {@code reason} are null in snapshots taken before V37. */
	record Field(KeyField field, String registryValue, String claimedValue, List<Long> evidenceIds, FieldOutcome outcome,
			String reason) {

		Field(KeyField field, String registryValue, String claimedValue, List<Long> evidenceIds) {
			this(field, registryValue, claimedValue, evidenceIds, null, null);
		}
	}

	@Converter
	static class Json implements AttributeConverter<RevisionSnapshot, String> {

		@Override
		public String convertToDatabaseColumn(RevisionSnapshot snapshot) {
			return JsonMapper.shared().writeValueAsString(snapshot);
		}

		@Override
		public RevisionSnapshot convertToEntityAttribute(String json) {
			return JsonMapper.shared().readValue(json, RevisionSnapshot.class);
		}
	}
}
