package com.gradverify.amendment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.gradverify.shared.ConflictException;
import com.gradverify.shared.RuleViolationException;
import com.gradverify.shared.RuleViolationException.Violation;
import com.gradverify.verification.KeyField;

/**
 * A change request (申请异动): the key fields a student claims the registry has wrong, the evidence
 * for each, and the school's decision (or its closure when the binding it was filed from ended).
 * Fields and evidence change only while it is a draft or after a rejection; every transition
 * checks the status and fails with a 409 otherwise, and {@code @Version} makes the second of two
 * concurrent writers fail.
 */
@Entity
@Table(name = "amendment_request")
class AmendmentRequest {

	static final int COMMENT_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private long applicationId;

	private long registryRecordId;

	/** The 届 of the registry record it corrects. */
	private int graduationYear;

	@Enumerated(EnumType.STRING)
	private AmendmentStatus status = AmendmentStatus.DRAFT;

	private int revision = 1;

	private String decisionComment;

	private String decidedBy;

	private Instant submittedAt;

	private Instant decidedAt;

	@Enumerated(EnumType.STRING)
	private ClosureReason closureReason;

	private Instant closedAt;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<AmendmentField> fields = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "request_id", nullable = false, updatable = false)
	@OrderBy("revision")
	private List<AmendmentRevision> revisions = new ArrayList<>();

	protected AmendmentRequest() {
	}

	static AmendmentRequest open(long accountId, long applicationId, long registryRecordId, int graduationYear,
			List<Claim> claims) {
		var request = new AmendmentRequest();
		request.accountId = accountId;
		request.applicationId = applicationId;
		request.registryRecordId = registryRecordId;
		request.graduationYear = graduationYear;
		request.createdAt = Instant.now();
		request.claim(claims);
		return request;
	}

	/**
	 * Sets the claimed fields: new ones are added, kept ones take the given values and keep their
	 * evidence, the others go. Returns the evidence ids of the fields that went, for the caller to
	 * delete where they are not locked.
	 */
	Set<Long> claim(List<Claim> claims) {
		requireEditable();
		if (claims.isEmpty()) {
			throw new RuleViolationException("fields", "amendment.fields.required");
		}
		Set<KeyField> wanted = claims.stream().map(Claim::field).collect(Collectors.toSet());
		Set<Long> dropped = fields.stream()
			.filter(f -> !wanted.contains(f.getField()))
			.flatMap(f -> f.getEvidenceIds().stream())
			.collect(Collectors.toSet());
		fields.removeIf(f -> !wanted.contains(f.getField()));
		for (Claim claim : claims) {
			field(claim.field()).ifPresentOrElse(f -> f.restate(claim.registryValue(), claim.claimedValue()),
					() -> fields.add(new AmendmentField(this, claim.field(), claim.registryValue(), claim.claimedValue())));
		}
		touch();
		return dropped;
	}

	/** How many files back this field now, for the evidence count limit. */
	int evidenceCount(KeyField field) {
		return claimed(field).getEvidenceIds().size();
	}

	/** Checks that evidence for {@code field} may be added now; call before storing the file. */
	void requireEvidenceAccepted(KeyField field) {
		requireEditable();
		claimed(field);
	}

	void attach(KeyField field, long evidenceId) {
		requireEvidenceAccepted(field);
		claimed(field).getEvidenceIds().add(evidenceId);
		touch();
	}

	/** Takes a file off the field it backs; {@code false} when no field of this request has it. */
	boolean detach(long evidenceId) {
		requireEditable();
		boolean removed = fields.stream().anyMatch(f -> f.getEvidenceIds().remove(evidenceId));
		if (removed) {
			touch();
		}
		return removed;
	}

	/**
	 * 提交: at least one field, each backed by at least one file. From now on values and evidence are
	 * frozen; the caller locks the files in the same transaction.
	 */
	void submit() {
		requireEditable();
		List<Violation> violations = new ArrayList<>();
		if (fields.isEmpty()) {
			violations.add(new Violation("fields", "amendment.fields.required"));
		}
		fields.stream()
			.filter(f -> f.getEvidenceIds().isEmpty())
			.forEach(f -> violations.add(new Violation(f.getField().name(), "amendment.evidence.required")));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		submittedAt = Instant.now();
		status = AmendmentStatus.SUBMITTED;
		fields.forEach(AmendmentField::undecide);
		// the last rejection's decision now lives in its revision
		decisionComment = null;
		decidedBy = null;
		decidedAt = null;
		touch();
	}

	/**
	 * 通过 as a whole: every field accepted. Only while the application is still bound to the
	 * request's registry record: the record is corrected on the strength of that binding.
	 */
	void approve(String reviewer, String comment, boolean stillBound) {
		requireSubmitted();
		decide(reviewer, comment, fields.stream().map(f -> FieldDecision.accept(f.getField(), null)).toList(),
				() -> stillBound);
	}

	/** 驳回 as a whole: needs a comment, which becomes every field's reason. */
	void reject(String reviewer, String comment) {
		requireSubmitted();
		String reason = clean(comment);
		if (reason == null) {
			throw new RuleViolationException("comment", "amendment.comment.required");
		}
		// said once, at the comment, rather than again at every field it becomes the reason of
		commentTooLong(reason).ifPresent(v -> {
			throw new RuleViolationException(List.of(v));
		});
		decide(reviewer, reason, fields.stream().map(f -> FieldDecision.reject(f.getField(), reason)).toList(),
				() -> true);
	}

	/**
	 * 逐项审核: every claimed field is decided once, a rejected one with its reason. One accepted
	 * field approves the request, and only the accepted fields correct the registry (which needs
	 * the binding the request was filed from, asked only then); all rejected rejects it, the
	 * version the school saw is kept as a revision, and the next one may be edited. Broken rules
	 * are reported at {@code fields[FIELD].outcome} / {@code fields[FIELD].reason}; nothing changes then.
	 */
	void decide(String reviewer, String comment, List<FieldDecision> decisions, BooleanSupplier stillBound) {
		requireSubmitted();
		String overall = clean(comment);
		Map<KeyField, FieldDecision> byField = decisionsByField(decisions, overall);
		boolean anyAccepted = byField.values().stream().anyMatch(d -> d.outcome() == FieldOutcome.ACCEPTED);
		if (anyAccepted && !stillBound.getAsBoolean()) {
			throw new ConflictException(AmendmentService.BINDING_ENDED);
		}
		fields.forEach(f -> f.decide(byField.get(f.getField()).outcome(), clean(byField.get(f.getField()).reason())));
		if (anyAccepted) {
			decide(AmendmentStatus.APPROVED, reviewer, overall);
			return;
		}
		decide(AmendmentStatus.REJECTED, reviewer, overall);
		revisions.add(new AmendmentRevision(revision, RevisionSnapshot.of(fields), overall, reviewer, submittedAt,
				decidedAt));
		revision++;
	}

	/** The fields whose claimed values the school accepted; none unless approved. */
	List<AmendmentField> accepted() {
		if (status != AmendmentStatus.APPROVED) {
			return List.of();
		}
		return fields.stream().filter(f -> f.getOutcome() == FieldOutcome.ACCEPTED).toList();
	}

	/** The decisions checked against the claimed fields: each decided once, a rejection with its reason. */
	private Map<KeyField, FieldDecision> decisionsByField(List<FieldDecision> decisions, String comment) {
		List<Violation> violations = new ArrayList<>();
		commentTooLong(comment).ifPresent(violations::add);
		Map<KeyField, FieldDecision> byField = new EnumMap<>(KeyField.class);
		for (FieldDecision decision : decisions == null ? List.<FieldDecision>of() : decisions) {
			if (decision == null || decision.field() == null) {
				violations.add(new Violation("fields", "amendment.field.unknown"));
			}
			else if (field(decision.field()).isEmpty()) {
				violations.add(new Violation(FieldDecision.path(decision.field(), "outcome"), "amendment.field.notClaimed"));
			}
			else if (byField.putIfAbsent(decision.field(), decision) != null) {
				violations.add(new Violation(FieldDecision.path(decision.field(), "outcome"), "amendment.field.decidedTwice"));
			}
		}
		for (AmendmentField claimed : fields) {
			FieldDecision decision = byField.get(claimed.getField());
			String reason = decision == null ? null : clean(decision.reason());
			if (decision == null || decision.outcome() == null) {
				violations.add(new Violation(FieldDecision.path(claimed.getField(), "outcome"), "amendment.field.undecided"));
			}
			else if (decision.outcome() == FieldOutcome.REJECTED && reason == null) {
				violations.add(new Violation(FieldDecision.path(claimed.getField(), "reason"), "amendment.field.reasonRequired"));
			}
			if (reason != null && reason.length() > COMMENT_MAX) {
				violations.add(new Violation(FieldDecision.path(claimed.getField(), "reason"), "amendment.comment.tooLong",
						COMMENT_MAX));
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		return byField;
	}

	/**
	 * 已关闭: the application stopped being bound to the request's registry record, so the request
	 * may no longer correct that record. Fields and evidence stay as they were, for the history.
	 */
	void close(ClosureReason reason) {
		if (!status.isOpen()) {
			throw new ConflictException("amendment.notOpen");
		}
		status = AmendmentStatus.CLOSED;
		closureReason = reason;
		closedAt = Instant.now();
		// a rejection's decision already lives in its revision
		decisionComment = null;
		decidedBy = null;
		decidedAt = null;
		touch();
	}

	/** Every evidence file the request carries now. */
	Set<Long> evidenceIds() {
		return fields.stream().flatMap(f -> f.getEvidenceIds().stream()).collect(Collectors.toSet());
	}

	boolean isOwnedBy(long account) {
		return accountId == account;
	}

	private static Optional<Violation> commentTooLong(String comment) {
		return comment != null && comment.length() > COMMENT_MAX
				? Optional.of(new Violation("comment", "amendment.comment.tooLong", COMMENT_MAX)) : Optional.empty();
	}

	private void decide(AmendmentStatus next, String reviewer, String comment) {
		status = next;
		decidedBy = reviewer;
		decisionComment = comment;
		decidedAt = Instant.now();
		touch();
	}

	private AmendmentField claimed(KeyField field) {
		return field(field).orElseThrow(() -> new RuleViolationException("field", "amendment.field.notClaimed"));
	}

	private Optional<AmendmentField> field(KeyField field) {
		return fields.stream().filter(f -> f.getField() == field).findFirst();
	}

	private void requireEditable() {
		if (!status.isEditable()) {
			throw new ConflictException("amendment.notEditable");
		}
	}

	private void requireSubmitted() {
		if (status != AmendmentStatus.SUBMITTED) {
			throw new ConflictException("amendment.notPending");
		}
	}

	private void touch() {
		updatedAt = Instant.now();
	}

	private static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Long getId() { return id; }
	long getAccountId() { return accountId; }
	long getApplicationId() { return applicationId; }
	long getRegistryRecordId() { return registryRecordId; }
	int getGraduationYear() { return graduationYear; }
	AmendmentStatus getStatus() { return status; }
	int getRevision() { return revision; }
	String getDecisionComment() { return decisionComment; }
	String getDecidedBy() { return decidedBy; }
	Instant getSubmittedAt() { return submittedAt; }
	Instant getDecidedAt() { return decidedAt; }
	ClosureReason getClosureReason() { return closureReason; }
	Instant getClosedAt() { return closedAt; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
	long getVersion() { return version; }
	List<AmendmentField> getFields() { return List.copyOf(fields); }
	List<AmendmentRevision> getRevisions() { return List.copyOf(revisions); }
}
