package com.gradverify.verification;

/** Where a 实名认证 application stands in its two-level review. */
public enum ApplicationStatus {
	/** 草稿: the student is filling it in. */
	DRAFT,
	/** 待学院审核: submitted, waiting for the college. */
	SUBMITTED,
	/** 待学校审核: the college approved, waiting for the school. */
	COLLEGE_APPROVED,
	/** 已实名认证: the school approved; locked for good. */
	APPROVED,
	/** 已驳回: rejected at either level; editable and resubmittable. */
	REJECTED;

	public boolean isEditable() {
		return this == DRAFT || this == REJECTED;
	}
}
