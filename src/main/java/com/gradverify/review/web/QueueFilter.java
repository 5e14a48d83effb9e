package com.gradverify.review.web;

import java.time.LocalDate;

import com.gradverify.review.QueueQuery;
import com.gradverify.review.QueueQuery.QueueState;
import com.gradverify.review.QueueSort;
import com.gradverify.review.ReviewLevel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A queue's filters as request parameters, shared by the page and the API so both accept the same
 * names. {@code sort} and {@code desc} give the order; {@code kind} defaults to 实名认证 ({@code ALL} merges every kind); {@code collegeId} counts for school reviewers only.
 */
class QueueFilter {

	private String kind = "VERIFICATION";

	/** As typed: {@link com.gradverify.shared.GraduationYears#choose} reads it (blank: the default 届). */
	private String graduationYear;

	private Long collegeId;

	private String majorCode;

	private String className;

	private QueueState state = QueueState.WAITING;

	private Boolean hasMismatches;

	private Boolean unbound;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate submittedTo;

	private String search;

	private int page;

	private int size = 20;

	private QueueSort.Key sort = QueueSort.Key.SUBMITTED_AT;

	private boolean desc;

	/** The query for the 届 chosen from {@link #getGraduationYear()}. */
	QueueQuery toQuery(ReviewLevel level, Integer chosenYear) {
		return new QueueQuery(level, chosenYear, collegeId, majorCode, className, state, hasMismatches, unbound,
				submittedFrom, submittedTo, search, page, size, new QueueSort(sort, desc));
	}

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind == null || kind.isBlank() ? "VERIFICATION" : kind; }
	public String getGraduationYear() { return graduationYear; }
	public void setGraduationYear(String graduationYear) { this.graduationYear = graduationYear; }
	public Long getCollegeId() { return collegeId; }
	public void setCollegeId(Long collegeId) { this.collegeId = collegeId; }
	public String getMajorCode() { return majorCode; }
	public void setMajorCode(String majorCode) { this.majorCode = majorCode; }
	public String getClassName() { return className; }
	public void setClassName(String className) { this.className = className; }
	public QueueState getState() { return state; }
	public void setState(QueueState state) { this.state = state == null ? QueueState.WAITING : state; }
	public Boolean getHasMismatches() { return hasMismatches; }
	public void setHasMismatches(Boolean hasMismatches) { this.hasMismatches = hasMismatches; }
	public Boolean getUnbound() { return unbound; }
	public void setUnbound(Boolean unbound) { this.unbound = unbound; }
	public LocalDate getSubmittedFrom() { return submittedFrom; }
	public void setSubmittedFrom(LocalDate submittedFrom) { this.submittedFrom = submittedFrom; }
	public LocalDate getSubmittedTo() { return submittedTo; }
	public void setSubmittedTo(LocalDate submittedTo) { this.submittedTo = submittedTo; }
	public String getSearch() { return search; }
	public void setSearch(String search) { this.search = search; }
	public int getPage() { return page; }
	public void setPage(int page) { this.page = page; }
	public int getSize() { return size; }
	public void setSize(int size) { this.size = size; }
	public QueueSort.Key getSort() { return sort; }
	public void setSort(QueueSort.Key sort) { this.sort = sort == null ? QueueSort.Key.SUBMITTED_AT : sort; }
	public boolean isDesc() { return desc; }
	public void setDesc(boolean desc) { this.desc = desc; }
}
