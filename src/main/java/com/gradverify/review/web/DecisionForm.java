package com.gradverify.review.web;

import jakarta.validation.constraints.NotNull;

import com.gradverify.review.Decision;

/** The reviewer's decision as the detail page posts it; {@code version} is the one the page showed. */
class DecisionForm {

	@NotNull
	private Decision decision;

	private String comment;

	private Long version;

	public Decision getDecision() { return decision; }
	public void setDecision(Decision decision) { this.decision = decision; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
}
