package com.gradverify.amendment;

/** Where a change request (申请异动) stands in its single-level school review. */
public enum AmendmentStatus {
	/** 草稿: fields and evidence may change. */
	DRAFT,
	/** 待学校审核: values and evidence are frozen. */
	SUBMITTED,
	/** 已通过: the registry was corrected; closed for good. */
	APPROVED,
	/** 已驳回: the student may edit and resubmit; the rejected version stays in the history. */
	REJECTED;

	public boolean isEditable() {
		return this == DRAFT || this == REJECTED;
	}

	/** Open requests block a new one: the student works on the one they have. */
	public boolean isOpen() {
		return this != APPROVED;
	}
}
