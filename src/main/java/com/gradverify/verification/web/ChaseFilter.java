package com.gradverify.verification.web;

import com.gradverify.verification.ChaseQuery;
import com.gradverify.verification.ChaseState;

/**
 * A chase list's request parameters as the pages and the API send them; text, so that a malformed
 * value is a 400 with its field rather than a binding failure. Public for Thymeleaf.
 */
public class ChaseFilter {

	private String graduationYear;

	private Long collegeId;

	private String majorCode;

	private String className;

	private String state;

	/** The list of 届 {@code year} (the one {@link com.gradverify.shared.GraduationYears} chose). */
	ChaseQuery toQuery(Integer year) {
		return new ChaseQuery(year, collegeId, majorCode, className, ChaseState.parse(state));
	}

	public String getGraduationYear() {
		return graduationYear;
	}

	public void setGraduationYear(String graduationYear) {
		this.graduationYear = graduationYear;
	}

	public Long getCollegeId() {
		return collegeId;
	}

	public void setCollegeId(Long collegeId) {
		this.collegeId = collegeId;
	}

	public String getMajorCode() {
		return majorCode;
	}

	public void setMajorCode(String majorCode) {
		this.majorCode = majorCode;
	}

	public String getClassName() {
		return className;
	}

	public void setClassName(String className) {
		this.className = className;
	}

	public String getState() {
		return state;
	}

	public void setState(String state) {
		this.state = state;
	}
}
