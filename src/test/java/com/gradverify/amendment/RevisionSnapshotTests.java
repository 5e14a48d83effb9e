package com.gradverify.amendment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.gradverify.verification.KeyField;

class RevisionSnapshotTests {

	private final RevisionSnapshot.Json json = new RevisionSnapshot.Json();

	@Test
	void roundTripsThroughTheJsonTheAccessPolicySearches() {
		var snapshot = new RevisionSnapshot(List.of(new RevisionSnapshot.Field(KeyField.ORIGIN_PLACE, "430621",
				"430602", List.of(10L, 12L))));

		String stored = json.convertToDatabaseColumn(snapshot);

		// AmendmentEvidenceAccess looks files up by the path $.fields[*].evidenceIds[*]
		assertThat(stored).contains("\"fields\":[", "\"evidenceIds\":[10,12]", "\"field\":\"ORIGIN_PLACE\"");
		assertThat(json.convertToEntityAttribute(stored)).isEqualTo(snapshot);
	}
}
