package com.gradverify.amendment;

import java.util.Arrays;
import java.util.List;

/** Where a change request (申请异动) stands in its single-level school review. */
public enum AmendmentStatus {
	/** 草稿: fields and evidence may change. */
	DRAFT,
	/** 待学校审核: values and evidence are frozen. */
	SUBMITTED,
	/** 已通过: the registry was corrected; closed for good. */
	APPROVED,
	/** 已驳回: the student may edit and resubmit; the rejected version stays in the history. */
	REJECTED,
	/** 已关闭: the application no longer holds the request's registry record; nobody decides on it. */
	CLOSED;

	private static final List<AmendmentStatus> OPEN = Arrays.stream(values()).filter(AmendmentStatus::isOpen).toList();

	public boolean isEditable() {
		return this == DRAFT || this == REJECTED;
	}

	/** Open requests block a new one: the student works on the one they have. */
	public boolean isOpen() {
		return this == DRAFT || this == SUBMITTED || this == REJECTED;
	}

	/** Every open status, for queries. */
	static List<AmendmentStatus> open() {
		return OPEN;
	}
}
