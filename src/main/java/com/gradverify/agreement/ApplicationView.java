package com.gradverify.agreement;

import com.gradverify.evidence.EvidenceFile;

/** What every 协议 or 违约 application shows its graduate and the reviewers, whatever its kind. */
public interface ApplicationView {

	long id();

	ApplicationState status();

	long version();

	/** The application's one evidence file (the agreement's scan, the 解约函), null until uploaded. */
	EvidenceFile evidence();

	default boolean editable() {
		return status().isEditable();
	}

	default boolean withdrawable() {
		return status() == ApplicationState.SUBMITTED;
	}
}
