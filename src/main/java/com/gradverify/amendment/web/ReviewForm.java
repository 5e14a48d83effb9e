package com.gradverify.amendment.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.gradverify.amendment.AmendmentDecision;
import com.gradverify.amendment.FieldDecision;
import com.gradverify.amendment.FieldOutcome;
import com.gradverify.verification.KeyField;

/**
 * The school's decision as the detail page posts it: the request as a whole ({@code decision}
 * APPROVE or REJECT), or field by field ({@code byField}) with {@code outcome[ETHNICITY]=REJECTED}
 * and {@code reason[ETHNICITY]=…} per claimed field. Kept as typed to show it again when a rule fails.
 */
class ReviewForm {

	private AmendmentDecision decision;

	private boolean byField;

	private String comment = "";

	private Map<String, String> outcome = new LinkedHashMap<>();

	private Map<String, String> reason = new LinkedHashMap<>();

	/** One decision per field named in the post; a field not named is reported undecided by the request. */
	List<FieldDecision> decisions() {
		Set<String> named = new LinkedHashSet<>(outcome.keySet());
		named.addAll(reason.keySet());
		return named.stream()
			.map(ReviewForm::keyField)
			.flatMap(Optional::stream)
			.map(field -> new FieldDecision(field, outcomeOf(outcome.get(field.name())), reason.get(field.name())))
			.toList();
	}

	private static Optional<KeyField> keyField(String name) {
		return Arrays.stream(KeyField.values()).filter(field -> field.name().equals(name)).findFirst();
	}

	private static FieldOutcome outcomeOf(String value) {
		return Arrays.stream(FieldOutcome.values()).filter(o -> Objects.equals(o.name(), value)).findFirst().orElse(null);
	}

	public AmendmentDecision getDecision() { return decision; }
	public void setDecision(AmendmentDecision decision) { this.decision = decision; }
	public boolean isByField() { return byField; }
	public void setByField(boolean byField) { this.byField = byField; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment == null ? "" : comment; }
	public Map<String, String> getOutcome() { return outcome; }
	public void setOutcome(Map<String, String> outcome) { this.outcome = outcome == null ? new LinkedHashMap<>() : outcome; }
	public Map<String, String> getReason() { return reason; }
	public void setReason(Map<String, String> reason) { this.reason = reason == null ? new LinkedHashMap<>() : reason; }
}
