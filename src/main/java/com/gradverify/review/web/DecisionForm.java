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

	/** The queue the item was opened from, see {@link QueueContext}. */
	private String queue;

	private String previousItem;

	private String nextItem;

	/** Open the next item of the queue once decided, rather than the queue. */
	private boolean continueToNext;

	public Decision getDecision() { return decision; }
	public void setDecision(Decision decision) { this.decision = decision; }
	public String getComment() { return comment; }
	public void setComment(String comment) { this.comment = comment; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }
	public List<String> getFields() { return fields; }
	public void setFields(List<String> fields) { this.fields = fields == null ? new ArrayList<>() : fields; }
	public String getQueue() { return queue; }
	public void setQueue(String queue) { this.queue = queue; }
	public String getPreviousItem() { return previousItem; }
	public void setPreviousItem(String previousItem) { this.previousItem = previousItem; }
	public String getNextItem() { return nextItem; }
	public void setNextItem(String nextItem) { this.nextItem = nextItem; }
	public boolean isContinueToNext() { return continueToNext; }
	public void setContinueToNext(boolean continueToNext) { this.continueToNext = continueToNext; }

	QueueContext context() {
		return new QueueContext(queue, previousItem, nextItem);
	}

	void setContext(QueueContext context) {
		queue = context.query();
		previousItem = context.previousItem();
		nextItem = context.nextItem();
	}
}
