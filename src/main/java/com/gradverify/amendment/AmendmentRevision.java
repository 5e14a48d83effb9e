package com.gradverify.amendment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** A rejected version of a request, as the school saw it, with the decision on it. Never changes. */
@Entity
@Immutable
@Table(name = "amendment_revision")
class AmendmentRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int revision;

	@Convert(converter = RevisionSnapshot.Json.class)
	@ColumnTransformer(write = "cast(? as jsonb)")
	@Column(columnDefinition = "jsonb")
	private RevisionSnapshot snapshot;

	private String decisionComment;

	private String decidedBy;

	private Instant submittedAt;

	private Instant decidedAt;

	protected AmendmentRevision() {
	}

	AmendmentRevision(int revision, RevisionSnapshot snapshot, String decisionComment, String decidedBy,
			Instant submittedAt, Instant decidedAt) {
		this.revision = revision;
		this.snapshot = snapshot;
		this.decisionComment = decisionComment;
		this.decidedBy = decidedBy;
		this.submittedAt = submittedAt;
		this.decidedAt = decidedAt;
	}

	int getRevision() { return revision; }
	RevisionSnapshot getSnapshot() { return snapshot; }
	String getDecisionComment() { return decisionComment; }
	String getDecidedBy() { return decidedBy; }
	Instant getSubmittedAt() { return submittedAt; }
	Instant getDecidedAt() { return decidedAt; }
}
