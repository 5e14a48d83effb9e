package com.gradverify.amendment;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import com.gradverify.verification.KeyField;

/**
 * One key field a request claims: the registry's value, the value claimed, the evidence backing it,
 * and the school's decision on it with its reason.
 */
@Entity
@Table(name = "amendment_field")
class AmendmentField {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id")
	private AmendmentRequest request;

	@Enumerated(EnumType.STRING)
	private KeyField field;

	private String registryValue;

	private String claimedValue;

	/** The school's decision on this field; null while undecided, and on requests decided before V37. */
	@Enumerated(EnumType.STRING)
	private FieldOutcome outcome;

	private String outcomeReason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "amendment_field_evidence", joinColumns = @JoinColumn(name = "field_id"))
	@Column(name = "evidence_id")
	@OrderBy
	private Set<Long> evidenceIds = new LinkedHashSet<>();

	protected AmendmentField() {
	}

	AmendmentField(AmendmentRequest request, KeyField field, String registryValue, String claimedValue) {
		this.request = request;
		this.field = field;
		this.registryValue = registryValue;
		this.claimedValue = claimedValue;
	}

	void restate(String registryValue, String claimedValue) {
		this.registryValue = registryValue;
		this.claimedValue = claimedValue;
	}

	void decide(FieldOutcome outcome, String reason) {
		this.outcome = outcome;
		this.outcomeReason = reason;
	}

	/** A new submission is decided afresh; the last decision lives in the rejected revision. */
	void undecide() {
		this.outcome = null;
		this.outcomeReason = null;
	}

	Long getId() { return id; }
	KeyField getField() { return field; }
	String getRegistryValue() { return registryValue; }
	String getClaimedValue() { return claimedValue; }
	Set<Long> getEvidenceIds() { return evidenceIds; }
	FieldOutcome getOutcome() { return outcome; }
	String getOutcomeReason() { return outcomeReason; }
}
