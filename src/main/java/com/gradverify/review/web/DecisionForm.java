package com.gradverify.review.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import com.gradverify.review.Decision;

/**
 * The reviewer's decision as the detail page posts it; {@code version} is the one the page showed,
 * {@code fields} the form fields a rejection points at (the ticked boxes).
 */
class DecisionForm {

	@NotNull
	private Decision decision;

	private String comment;

	private Long version;

	private List<String> fields = new ArrayList<>();

	public Decision getDecision() { return decision; }
	public void setDecision(Decision decision) { this.decision = decision; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public List<String> getFields() { return fields; }
	public void setFields(List<String> fields) { this.fields = fields == null ? new ArrayList<>() : fields; }
}
