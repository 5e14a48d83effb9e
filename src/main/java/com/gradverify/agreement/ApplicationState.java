package com.gradverify.agreement;

/** Where a 协议 or 违约 application stands in its two-level review. */
public enum ApplicationState {
	/** 草稿: the graduate is filling it in (also after withdrawing). */
	DRAFT,
	/** 待学院审核. */
	SUBMITTED,
	/** 待学校审核. */
	COLLEGE_APPROVED,
	/** 已通过: locked. */
	APPROVED,
	/** 已驳回: editable and resubmittable. */
	REJECTED,
	/** 已解约: an approved agreement a breach ended; kept as history (agreements only). */
	TERMINATED;

	public boolean isEditable() {
		return this == DRAFT || this == REJECTED;
	}
}
